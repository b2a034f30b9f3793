"""Helpers the tests share with the demo and benchmark scripts (not shipped in the package):
a throw-away S3 server (:mod:`.local_s3`), synthetic recordings (:mod:`.testsignal`) and the
word error rate of a transcript (:mod:`.wer`)."""
