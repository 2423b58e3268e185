from forloebkit.entry import main

main()
