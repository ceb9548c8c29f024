"""`accusegraph spark extract` as a script for spark-submit (which runs a file, not a command).

    spark-submit --master spark://HOST:7077 --py-files accusegraph-0.1.0-py3-none-any.whl \
        scripts/spark_extract.py hdfs:///news/articles.parquet --out hdfs:///news/claims

Its arguments are those of `accusegraph spark extract`; the master comes from
spark-submit unless --master is given. See docs/scale.md.
"""

import sys

from accusegraph.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["spark", "extract", *sys.argv[1:]]))
