"""Helpers the tests share with the demo and benchmark scripts (not shipped in the package):
a throw-away S3 server (:mod:`.local_s3`) and synthetic recordings (:mod:`.testsignal`)."""
