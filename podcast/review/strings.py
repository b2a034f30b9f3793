"""Text of the review page in Swedish (default) and English, following ``show.language``
like the site (:func:`podcast.site.i18n.ui_language`)."""

from __future__ import annotations

from podcast.site.i18n import ui_language

SV: dict[str, str] = {
    "page_title": "Granska transkribering",
    "machine": "Automatisk transkribering – inte granskad",
    "reviewed": "Granskad av {by}, {at}",
    "audio": "Ljud",
    "play": "Spela/pausa",
    "replay": "Spela om 5 s",
    "next_doubtful": "Nästa osäkra ord",
    "split": "Dela repliken vid markören",
    "merge": "Slå ihop med nästa replik",
    "speaker_key": "Byt talare",
    "save": "Spara",
    "save_reviewed": "Spara och markera som granskad",
    "keys": "Kortkommandon",
    "keys_prev": "Föregående osäkra ord",
    "cues": "Repliker",
    "speaker": "Talare",
    "text": "Text",
    "seek": "Spela från",
    "doubtful_legend": "Osäkra ord (låg sannolikhet enligt taligenkänningen) är markerade.",
    "noscript": "Granskningssidan kräver JavaScript.",
    "loading": "Hämtar transkriberingen …",
    "load_failed": "Kunde inte hämta transkriberingen:",
    "saving": "Sparar …",
    "saved": "Sparat.",
    "saved_reviewed": "Sparat och markerat som granskat.",
    "save_failed": "Kunde inte spara:",
    "conflict": ("Transkriberingen har ändrats på disk sedan sidan laddades. Ladda om sidan; "
                 "dina ändringar är inte sparade."),
    "doubtful_n": "Osäkert ord {n} av {total}: {word}",
    "no_doubtful": "Inga osäkra ord.",
    "wrapped": "Började om från början.",
    "split_where": "Placera markören mellan två ord i repliken för att dela den.",
    "split_done": "Repliken är delad.",
    "merge_last": "Det finns ingen nästa replik att slå ihop med.",
    "merge_done": "Replikerna är ihopslagna.",
    "no_cue": "Välj först en replik.",
    "unsaved": "Du har ändringar som inte är sparade.",
}

EN: dict[str, str] = {
    "page_title": "Review transcript",
    "machine": "Automatic transcript – not reviewed",
    "reviewed": "Reviewed by {by}, {at}",
    "audio": "Audio",
    "play": "Play/pause",
    "replay": "Replay 5 s",
    "next_doubtful": "Next doubtful word",
    "split": "Split the cue at the cursor",
    "merge": "Merge with the next cue",
    "speaker_key": "Change speaker",
    "save": "Save",
    "save_reviewed": "Save and mark as reviewed",
    "keys": "Keyboard shortcuts",
    "keys_prev": "Previous doubtful word",
    "cues": "Cues",
    "speaker": "Speaker",
    "text": "Text",
    "seek": "Play from",
    "doubtful_legend": "Doubtful words (low probability according to the recogniser) are "
                       "highlighted.",
    "noscript": "The review page needs JavaScript.",
    "loading": "Loading the transcript …",
    "load_failed": "Could not load the transcript:",
    "saving": "Saving …",
    "saved": "Saved.",
    "saved_reviewed": "Saved and marked as reviewed.",
    "save_failed": "Could not save:",
    "conflict": ("The transcript changed on disk since this page was loaded. Reload the page; "
                 "your changes are not saved."),
    "doubtful_n": "Doubtful word {n} of {total}: {word}",
    "no_doubtful": "No doubtful words.",
    "wrapped": "Started again from the top.",
    "split_where": "Put the cursor between two words of the cue to split it.",
    "split_done": "The cue is split.",
    "merge_last": "There is no next cue to merge with.",
    "merge_done": "The cues are merged.",
    "no_cue": "Choose a cue first.",
    "unsaved": "You have unsaved changes.",
}

LANGUAGES = {"sv": SV, "en": EN}


def review_strings(show_language: str) -> dict[str, str]:
    return LANGUAGES[ui_language(show_language)]
