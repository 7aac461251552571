from imin_desktop.app import main

raise SystemExit(main())
