from werkplan.entry import main

main()
