"""`python -m veille.spark run MANIFEST --out DIR`, and the application file
spark-submit runs on a cluster (``spark-submit …/veille/spark/__main__.py run
MANIFEST --out DIR``): the same command as `veille spark run`."""
from veille.spark.cli import spark_group

if __name__ == "__main__":
    spark_group(prog_name="veille spark")
