"""Lists in and out: CSV and XLSX import (mapping, dry run, one transaction) and export."""
