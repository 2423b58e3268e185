from forloebkit.cli import main

main()
