# logging: lastResort, module-level functions, basicConfig, hierarchy and levels, handlers, formatters in three styles, filters, adapters, disable, errors.
import logging
import sys
logging.getLogger("early").warning("before any config: %s", "lastResort")
logging.getLogger("early").info("not shown")
logging.warning("module-level %d", 1)
logging.info("not shown: root is WARNING")
print(logging.root.handlers, logging.getLogger(), logging.getLogger("a.b"))
log = logging.getLogger("app.db")
print(log.parent, log.getEffectiveLevel(), log.isEnabledFor(logging.INFO))
logging.basicConfig(force=True, level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)s|%(name)s|%(module)s|%(funcName)s|%(lineno)d|%(message)s")
def work():
    log.debug("debug %s", [1, 2])
    log.info("info %(x)s", {"x": 42})
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("failed")
    log.error("with exc_info", exc_info=ZeroDivisionError("zz"))
work()
logging.getLogger("app").setLevel(logging.ERROR)
log.warning("filtered by app level")
log.error("passes")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{name}: {message}", style="{"))
h.setLevel(logging.CRITICAL)
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.critical("crit %s", "x")
other.error("not shown")
print(h, other, logging.getLevelName(25), logging.getLevelName("INFO"), logging.getLevelName(logging.WARNING))
logging.addLevelName(25, "NOTICE")
logging.log(25, "notice level")
f = logging.Formatter("$levelname-$message", style="$")
print(f.format(logging.makeLogRecord({"levelname": "X", "msg": "m", "args": ()})))
class OnlyA(logging.Filter):
    def filter(self, record):
        return "a" in record.getMessage()
log2 = logging.getLogger("filt")
log2.addFilter(OnlyA())
log2.warning("has a")
log2.warning("no match")
adapter = logging.LoggerAdapter(logging.getLogger("adapt"), {"user": "bob"})
adapter.warning("adapted")
print(adapter)
logging.disable(logging.ERROR)
logging.error("disabled")
logging.critical("still on")
logging.disable(logging.NOTSET)
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename="x")
except ValueError as e:
    print(e)
try:
    logging.getLogger().setLevel("NOPE")
except ValueError as e:
    print(e)
import time
logging.basicConfig(force=True, stream=sys.stdout, format="%(asctime)s %(message)s")
logging.warning("timed") if False else None
lines = []
class Capture(logging.Handler):
    def emit(self, record):
        lines.append(self.format(record))
c = Capture()
c.setFormatter(logging.Formatter("%(asctime)s|%(msecs)d|%(created)f"))
logging.getLogger("cap").addHandler(c)
logging.getLogger("cap").propagate = False
logging.getLogger("cap").warning("x")
stamp, msecs, created = lines[0].split("|")
print(len(stamp), stamp[4], stamp[10], stamp[19], abs(float(created) - time.time()) < 60)
