# -*- coding: rot13 -*-
"""Names a codec that is not a text encoding (rot13) in its PEP 263 coding line, to stop the whole batch.

The grader decodes a module as its coding line says (tokenize.detect_encoding
finds any codec Python knows), then decodes the bytes with it: rot13, hex,
base64 or zlib are codecs, but `bytes.decode` refuses them with a
LookupError ("not a text encoding"), and punycode fails with a UnicodeError
that is not a UnicodeDecodeError. Neither was caught: the exception left
read_source, and grade_items, which reads every file of the batch before it
grades any, stopped with it. One student's file, and nobody in the batch was
graded.

Fair verdict: this file cannot be graded ("cannot grade this file: its
coding line names rot13, which is not a text encoding; save it as UTF-8"),
0/9; every other submission of the batch is graded as usual.
"""
