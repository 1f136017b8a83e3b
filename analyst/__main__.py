from analyst.cli import main

raise SystemExit(main())
