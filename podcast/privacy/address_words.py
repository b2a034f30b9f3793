"""Words the address patterns share, typed (:mod:`podcast.privacy.redact`) and read aloud
(:mod:`podcast.privacy.spoken`)."""

#: The end of a street's name: "Storgatan", "Rosenlundsstråket" (a regex alternation).
STREET_SUFFIX = (r"(?:gatan|gata|vägen|väg|gränd|gränden|stigen|stig|torget|torg|allén|allé"
                 r"|backen|plan|planen|leden|gången|platsen|slingan|kroken|esplanaden|kajen"
                 r"|parken|ringen|liden|hagen|ängen|strand|stranden|brinken|stråket|svängen"
                 r"|höjden|gärdet|dalen|vreten|bryggan|promenaden|avenyn|hojden|lyckan"
                 r"|terrassen|udden|kullen|branten|gläntan|åsen|tået|backe"
                 # Finnish and Meänkieli street words in Tornedalen's names ("Kuusitie 4"),
                 # after five letters at least (not the names "Lottie", "Christie")
                 r"|(?<=[^\W\d_]{5})(?:(?<!ris)tie|kuja|katu|polku|raitti)"
                 # typed without å, ä, ö (höjden's "hojden" is above)
                 r"|vagen|vag|straket|svangen|gardet|glantan)")

#: A number before one of these counts something and is no house number ("3 gånger").
COUNT_WORDS = (r"(?:dagar|dygn|veckor|månader|år|gånger|ggr|timmar|minuter|st|kr|kronor"
               r"|procent|meter|m|km|cm|mil|barn|personer|bilar)")
