"""`python -m xingzheng`: the same as the `xingzheng` console script."""

import sys

from xingzheng.cli import main

sys.exit(main())
