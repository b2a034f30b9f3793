"""The review step (issue #15): a transcript is machine-made until an editor reviews it.

* :mod:`podcast.review.status` — the review state kept beside the transcript
  (``.transcript.review.json``), read by the transcription stage and the site;
* :mod:`podcast.review.cues` — the transcript as editable cues, and saving them back through
  the hand-edit path;
* :mod:`podcast.review.server` — the local review page (``podcast review``).
"""
