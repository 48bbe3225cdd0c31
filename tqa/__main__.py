from tqa.cli import main

main()
