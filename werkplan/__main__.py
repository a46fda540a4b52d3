from werkplan.cli import main

main()
