"""An honest answer handed in under a name that holds a spreadsheet formula after a semicolon.

Tries: grades.csv quoted a cell only when the value *started* with = + - @ (CSV injection). The test hands this file
in as ``hw;=cmd|'-C calc'!A0.py`` and ``x; =1+1.py`` (the file's stem is the student id where no pattern names one;
on a shared server or a GitHub upload the student names the file). The csv module quotes a value only for a comma,
a double quote or a line end, so the row holds ``hw;=cmd|...`` bare: Excel in a locale whose list separator is ';'
(German, French...) opens a .csv split at ';', and the cell after it is a formula (DDE, a HYPERLINK that sends
the row's other cells away) in the instructor's spreadsheet; one that trims blanks reads ' =1+1' the same way.

Fair verdict: 9 of 9 (the answers are right), and no cell of grades.csv read as a formula with ',' or ';' as the
separator: every place a cell may start is quoted as text.
"""


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
