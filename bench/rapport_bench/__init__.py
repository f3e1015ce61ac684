"""Rapport's benchmark suite: builds, loads a generated company, and measures the import, the API
under load (wrk) and the reports against the limits of the machine, then writes the results.

Steps, each printed as it runs, with its time:
   1. build the release (cmake) and check that wrk and sqlite3 are installed;
   2. generate the dataset into bench/data/<size>-seed<seed>/ (kept and reused across runs);
   3. a fresh database: migrate, create the users, `rapport import` each collection, timed;
   4. the baselines of the import (SQLite): the same CSV files loaded by sqlite3 alone, the
      records only, and all the rows Rapport writes (search index, stage history, audit);
   5. `rapport serve` on a free loopback port; sign in as the director and as a manager;
   6. the commerce, through the API: the catalogue as the admin, then the dataset's offers with
      their lines, each posted as its owner by concurrent clients, sent, accepted (making the
      orders) or declined;
   7. the scenarios under wrk, as each of the two users;
   8. the limit of the machine: the same wrk run against a bare HTTP server;
   9. the reports alone, one request at a time, and (SQLite) their SQL run by sqlite3 alone;
  10. the server's peak memory;
  11. the results, as JSON and as a Markdown table, in bench/results/;
  12. stop every process it started and remove the run's databases (unless --keep).

Everything runs on this machine and talks only to 127.0.0.1. The dataset's size sets the time:
--quick (dataset S, 5 s per scenario) takes a few minutes; the full run (dataset L, 20 s per
scenario) needs the time to generate and import 16 million rows three times (rapport and
the two baselines).

Examples:
  bench/run --quick
  bench/run                                   # dataset L, the figures the targets are set for
  scripts/with-postgres bash -c 'bench/run --engine postgres --db "$RAPPORT_TEST_PG"'
"""
