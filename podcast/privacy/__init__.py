"""Personal data in free text: finding and replacing names, addresses, numbers (GDPR).

:mod:`podcast.privacy.redact` is the redactor that ``podcast themes``, ``podcast redact`` and
every cache use; :mod:`podcast.privacy.names` holds its word lists and
:mod:`podcast.privacy.name_finder` the statistical name finder trained on Swedish news text.
"""
