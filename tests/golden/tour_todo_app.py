# A tour of a small to-do app: dataclasses and IntEnum through json (default=, errors),
# datetime/timezone/calendar, uuid, hashlib, base64, logging (with exception), argparse.
import json, datetime as dt, dataclasses, enum, uuid, hashlib, base64, random, time, calendar, logging, sys, argparse
class Priority(enum.IntEnum):
    LOW = 1; HIGH = 2
@dataclasses.dataclass
class Todo:
    title: str
    due: dt.date
    priority: Priority = Priority.LOW
    done: bool = False
    tags: list = dataclasses.field(default_factory=list)
def encode(o):
    if isinstance(o, dt.date): return o.isoformat()
    if isinstance(o, enum.Enum): return o.name
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
todos = [Todo('write', dt.date(2024, 5, 1), Priority.HIGH, tags=['x']), Todo('read', dt.date(2024, 4, 30))]
s = json.dumps([dataclasses.asdict(t) for t in todos], default=encode, indent=1)
print(s)
back = [Todo(**{**d, 'due': dt.date.fromisoformat(d['due']), 'priority': Priority(d['priority'])}) for d in json.loads(s)]
print(back == todos, sorted(todos, key=lambda t: (t.due, -t.priority))[0].title)
try: json.dumps({'t': dt.time(1, 2)}, default=encode)
except TypeError as e: print(e)
try: json.dumps({1j: 2})
except TypeError as e: print(e)
print(json.dumps({'b': 1, 'a': [1.5, True, None]}, sort_keys=True, separators=(',', ':')), json.loads('[1e2, -0.0, "\\u00e9"]'))
try: json.loads('{"a": }')
except json.JSONDecodeError as e: print(e, e.pos, e.lineno, e.colno)
d = dt.datetime(2024, 12, 31, 23, 59, 59)
print(d + dt.timedelta(seconds=1), (dt.date(2025, 1, 1) - dt.date(2024, 1, 1)).days, d.strftime('%d/%m/%y %I:%M %p %j %U %a'), d.replace(year=2000).isoweekday())
print(dt.datetime.strptime('2024-02-29 10:30', '%Y-%m-%d %H:%M'), dt.timedelta(days=1, hours=25).total_seconds(), str(dt.timedelta(minutes=-5)), repr(dt.timedelta(hours=1)))
tz = dt.timezone(dt.timedelta(hours=2), 'CEST'); a = dt.datetime(2024, 6, 1, 12, tzinfo=tz)
print(a, a.astimezone(dt.timezone.utc), a.utcoffset(), a.tzname(), a.isoformat(timespec='minutes'), dt.datetime.fromisoformat('2024-06-01T12:00:00+02:00') == a)
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.day_abbr[0], calendar.weekday(2024, 1, 1))
print(uuid.UUID('12345678123456781234567812345678'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), hashlib.sha256(b'abc').hexdigest()[:16], hashlib.md5(b'x').hexdigest(), base64.b64encode(b'hello').decode(), base64.urlsafe_b64decode('aGk='))
logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
log = logging.getLogger('app'); log.info('saved %d todos', len(todos)); log.debug('hidden'); log.warning('careful')
try: 1 / 0
except ZeroDivisionError: log.exception('math failed')
p = argparse.ArgumentParser(prog='todo', description='Manage todos')
p.add_argument('title'); p.add_argument('--priority', type=int, choices=[1, 2], default=1); p.add_argument('-v', '--verbose', action='store_true')
print(p.parse_args(['buy milk', '--priority', '2', '-v']))
try: p.parse_args(['x', '--priority', '5'])
except SystemExit as e: print('exit', e.code)
p.print_help()
