from tqa.entry import run

run()
