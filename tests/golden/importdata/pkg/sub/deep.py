from .. import VALUE
from ..helpers import helper
def go():
    return (VALUE, helper(), __name__, __package__)
