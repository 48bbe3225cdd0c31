from tqa.entry import main

main()
