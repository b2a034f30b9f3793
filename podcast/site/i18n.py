"""UI strings of the site in Swedish (default) and English.

Templates call ``t("key")``; a show whose ``show.language`` starts with ``en`` gets English,
every other language gets Swedish. Add a language by adding a dict with the same keys.
"""

from __future__ import annotations

SV: dict[str, str] = {
    "skip_to_content": "Hoppa till innehållet",
    "nav_label": "Huvudmeny",
    "home": "Start",
    "all_episodes": "Alla avsnitt",
    "themes": "Ämnen",
    "search": "Sök",
    "about": "Om podden",
    "accessibility": "Tillgänglighet",
    "accessibility_statement": "Tillgänglighetsredogörelse",
    "latest_episodes": "Senaste avsnitten",
    "subscribe": "Prenumerera",
    "subscribe_intro": "Lyssna i din poddapp eller prenumerera direkt på flödet:",
    "rss_feed": "RSS-flöde",
    "episode": "Avsnitt",
    "season": "Säsong",
    "published": "Publicerat",
    "duration": "Längd",
    "listen": "Lyssna",
    "player": "Spelare",
    "no_audio": "Ljudet är inte klart ännu.",
    "audio_fallback": "Din webbläsare kan inte spela upp ljudet. Ladda ner filen:",
    "download_audio": "Ladda ner ljudfilen (MP3)",
    "show_notes": "Om avsnittet",
    "chapters": "Kapitel",
    "transcript": "Transkribering",
    "transcript_missing": "Transkriberingen är inte klar ännu.",
    "transcript_unreviewed": "Automatisk transkribering – inte granskad",
    "transcript_downloads": "Transkriberingen som fil:",
    "transcript_hint": "Välj en rad för att lyssna från den tidpunkten.",
    "copy_moment": "Kopiera länk till den här tidpunkten",
    "play": "Spela",
    "pause": "Pausa",
    "seek": "Position i avsnittet",
    "speed": "Uppspelningshastighet",
    "time_of": "av",
    "copied": "Länken är kopierad:",
    "copy_failed": "Kunde inte kopiera. Länk:",
    "play_from": "Spela från",
    "hosts": "Programledare",
    "host": "Programledare",
    "guests": "Gäster",
    "guest": "Gäst",
    "themes_in_episode": "Ämnen i avsnittet",
    "episodes_about": "Avsnitt om",
    "no_episodes": "Inga avsnitt är publicerade ännu.",
    "search_label": "Sök i avsnitt och transkriberingar",
    "search_button": "Sök",
    "search_hint": "Sökningen går igenom shownotes och allt som sägs i avsnitten.",
    "search_noscript": "Sökningen kräver JavaScript. Se alla avsnitt i listan över avsnitt.",
    "search_results": "Sökresultat",
    "search_none": "Inga träffar.",
    "search_count_one": "1 träff",
    "search_count_many": "{n} träffar",
    "search_loading": "Söker …",
    "search_unavailable": "Sökningen är inte tillgänglig just nu. Se alla avsnitt i stället.",
    "page": "Sida",
    "previous_page": "Föregående sida",
    "next_page": "Nästa sida",
    "pagination": "Sidor",
    "contact": "Kontakt",
    "footer_privacy": "Webbplatsen använder inga kakor och hämtar inget från andra webbplatser.",
    "speaker": "Talare",
    "a11y_title": "Tillgänglighetsredogörelse",
    "a11y_intro": ("{owner} står bakom den här webbplatsen. Vi vill att så många som möjligt "
                   "ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om "
                   "tillgänglighet till digital offentlig service, kända brister och hur du "
                   "kan rapportera problem."),
    "a11y_status_title": "Hur tillgänglig är webbplatsen?",
    "a11y_status": ("Webbplatsen är byggd för att uppfylla WCAG 2.1 nivå AA. Varje avsnitt har "
                    "en fullständig transkribering som textalternativ till ljudet, spelaren "
                    "fungerar med tangentbord och skärmläsare, och allt innehåll finns även "
                    "utan JavaScript."),
    "a11y_known_title": "Kända brister",
    "a11y_known": ("Transkriberingarna görs med automatisk taligenkänning och kan innehålla "
                   "fel. Sökfunktionen kräver JavaScript."),
    "a11y_no_transcripts": ("Transkriberingarna görs med automatisk taligenkänning. Inga "
                            "transkriberingar är publicerade ännu."),
    "a11y_reviewed_count": ("Transkriberingarna görs med automatisk taligenkänning. {reviewed} "
                            "av {total} publicerade transkriberingar är granskade av en "
                            "redaktör."),
    "a11y_unreviewed": ("En transkribering som inte är granskad är märkt på avsnittets sida "
                        "och kan innehålla fel."),
    "a11y_all_reviewed": "Enstaka ord kan ändå vara fel.",
    "a11y_search_js": "Sökfunktionen kräver JavaScript.",
    "a11y_report_title": "Rapportera brister",
    "a11y_report": "Om du upptäcker problem som inte beskrivs här, kontakta oss:",
    "a11y_supervision_title": "Tillsyn",
    "a11y_supervision": ("Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn "
                         "över lagen om tillgänglighet till digital offentlig service. Om du "
                         "inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta "
                         "Digg."),
    "a11y_tested": "Senast granskad",
    "about_title": "Om podden",
    "about_made_by": "Podden görs av",
    "about_contact": "Kontakta oss:",
    "all_themes": "Alla ämnen",
    "episode_count_one": "1 avsnitt",
    "episode_count_many": "{n} avsnitt",
    "no_js_player": "Tidslänkarna i transkriberingen fungerar bäst med JavaScript påslaget.",
    "follow_transcript": "Följ texten",
    "more_episodes": "Fler avsnitt",
    "older_episode": "Föregående avsnitt",
    "newer_episode": "Nästa avsnitt",
    "episode_art": "Bild till avsnittet",
    "copy_feed": "Kopiera flödesadressen",
    "feed_copied": "Flödesadressen är kopierad:",
    "feed_copy_failed": "Kunde inte kopiera. Flödesadress:",
    "feed_address": "Flödesadress:",
    "not_found_title": "Sidan finns inte",
    "not_found_text": ("Sidan du letar efter finns inte här. Den kan ha flyttats, eller så "
                       "är adressen felstavad."),
    "not_found_links": "Prova i stället:",
    "feed_page_intro": ("Det här är poddens RSS-flöde. Kopiera adressen i webbläsarens "
                        "adressfält och klistra in den i din poddapp för att prenumerera."),
    "feed_page_site": "Till poddens webbplats",
}

EN: dict[str, str] = {
    "skip_to_content": "Skip to content",
    "nav_label": "Main menu",
    "home": "Home",
    "all_episodes": "All episodes",
    "themes": "Topics",
    "search": "Search",
    "about": "About",
    "accessibility": "Accessibility",
    "accessibility_statement": "Accessibility statement",
    "latest_episodes": "Latest episodes",
    "subscribe": "Subscribe",
    "subscribe_intro": "Listen in your podcast app or subscribe to the feed directly:",
    "rss_feed": "RSS feed",
    "episode": "Episode",
    "season": "Season",
    "published": "Published",
    "duration": "Length",
    "listen": "Listen",
    "player": "Player",
    "no_audio": "The audio is not ready yet.",
    "audio_fallback": "Your browser cannot play the audio. Download the file:",
    "download_audio": "Download the audio file (MP3)",
    "show_notes": "About this episode",
    "chapters": "Chapters",
    "transcript": "Transcript",
    "transcript_missing": "The transcript is not ready yet.",
    "transcript_unreviewed": "Automatic transcript – not reviewed",
    "transcript_downloads": "The transcript as a file:",
    "transcript_hint": "Choose a line to listen from that moment.",
    "copy_moment": "Copy link to this moment",
    "play": "Play",
    "pause": "Pause",
    "seek": "Position in the episode",
    "speed": "Playback speed",
    "time_of": "of",
    "copied": "Link copied:",
    "copy_failed": "Could not copy. Link:",
    "play_from": "Play from",
    "hosts": "Hosts",
    "host": "Host",
    "guests": "Guests",
    "guest": "Guest",
    "themes_in_episode": "Topics in this episode",
    "episodes_about": "Episodes about",
    "no_episodes": "No episodes have been published yet.",
    "search_label": "Search episodes and transcripts",
    "search_button": "Search",
    "search_hint": "Search covers the show notes and everything said in the episodes.",
    "search_noscript": "Search needs JavaScript. See the list of all episodes instead.",
    "search_results": "Search results",
    "search_none": "No results.",
    "search_count_one": "1 result",
    "search_count_many": "{n} results",
    "search_loading": "Searching …",
    "search_unavailable": "Search is not available right now. See all episodes instead.",
    "page": "Page",
    "previous_page": "Previous page",
    "next_page": "Next page",
    "pagination": "Pages",
    "contact": "Contact",
    "footer_privacy": "This site sets no cookies and loads nothing from other sites.",
    "speaker": "Speaker",
    "a11y_title": "Accessibility statement",
    "a11y_intro": ("{owner} runs this website. We want as many people as possible to be able "
                   "to use it. This page describes how the site meets the accessibility "
                   "requirements for public sector websites, known problems and how to "
                   "report them."),
    "a11y_status_title": "How accessible is this website?",
    "a11y_status": ("The site is built to meet WCAG 2.1 level AA. Every episode has a full "
                    "transcript as a text alternative to the audio, the player works with a "
                    "keyboard and screen readers, and all content is available without "
                    "JavaScript."),
    "a11y_known_title": "Known problems",
    "a11y_known": ("Transcripts are made with automatic speech recognition and may contain "
                   "errors. Search needs JavaScript."),
    "a11y_no_transcripts": ("Transcripts are made with automatic speech recognition. No "
                            "transcripts are published yet."),
    "a11y_reviewed_count": ("Transcripts are made with automatic speech recognition. "
                            "{reviewed} of {total} published transcripts have been reviewed "
                            "by an editor."),
    "a11y_unreviewed": ("A transcript that has not been reviewed is marked on its episode's "
                        "page and may contain errors."),
    "a11y_all_reviewed": "Single words may still be wrong.",
    "a11y_search_js": "Search needs JavaScript.",
    "a11y_report_title": "Report a problem",
    "a11y_report": "If you find a problem that is not described here, contact us:",
    "a11y_supervision_title": "Enforcement",
    "a11y_supervision": ("The Agency for Digital Government (Digg) supervises the accessibility "
                         "requirements. If you are not satisfied with how we handle your "
                         "feedback, you can contact Digg."),
    "a11y_tested": "Last reviewed",
    "about_title": "About the podcast",
    "about_made_by": "The podcast is made by",
    "about_contact": "Contact us:",
    "all_themes": "All topics",
    "episode_count_one": "1 episode",
    "episode_count_many": "{n} episodes",
    "no_js_player": "Time links in the transcript work best with JavaScript turned on.",
    "follow_transcript": "Follow the text",
    "more_episodes": "More episodes",
    "older_episode": "Previous episode",
    "newer_episode": "Next episode",
    "episode_art": "Episode image",
    "copy_feed": "Copy the feed address",
    "feed_copied": "Feed address copied:",
    "feed_copy_failed": "Could not copy. Feed address:",
    "feed_address": "Feed address:",
    "not_found_title": "Page not found",
    "not_found_text": ("The page you are looking for is not here. It may have moved, or the "
                       "address may be misspelled."),
    "not_found_links": "Try instead:",
    "feed_page_intro": ("This is the podcast's RSS feed. Copy the address from your browser's "
                        "address bar and paste it into your podcast app to subscribe."),
    "feed_page_site": "Go to the podcast's website",
}

LANGUAGES = {"sv": SV, "en": EN}

#: Month names for human-readable dates.
MONTHS = {
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def ui_language(show_language: str) -> str:
    """The UI language for a show language code ('en-GB' → 'en', anything else → 'sv')."""
    return "en" if show_language.lower().startswith("en") else "sv"


def strings(show_language: str) -> dict[str, str]:
    return LANGUAGES[ui_language(show_language)]


def human_date(value, show_language: str) -> str:
    """'5 mars 2026' / '5 March 2026'."""
    lang = ui_language(show_language)
    return f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"


def count_label(n: int, key: str, show_language: str) -> str:
    s = strings(show_language)
    return s[f"{key}_one"] if n == 1 else s[f"{key}_many"].format(n=n)
