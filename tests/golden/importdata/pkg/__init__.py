print("pkg init", __name__, __package__)
from .helpers import helper
VALUE = 1
