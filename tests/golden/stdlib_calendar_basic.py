# calendar: leap years, weekdays, month ranges and matrices, text and HTML calendars,
# the Calendar iterators, names, timegm and the errors.
import calendar
import datetime

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 2000))
print(calendar.weekday(2024, 3, 15), calendar.weekday(1970, 1, 1), calendar.weekday(-1, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2000, 12))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.mdays)
print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(calendar.month_name[3], calendar.day_abbr[-1], calendar.month_abbr[1:4], len(calendar.day_name))
print(calendar.monthcalendar(2024, 2))

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, 4, 2))
calendar.prmonth(1999, 12)
calendar.prmonth(2021, 1, w=3)
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
calendar.prcal(1970, m=6)
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(3)), repr(calendar.weekheader(9)))
print(repr(calendar.week([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)], 3)))

print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 9))
calendar.setfirstweekday(0)

c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()))
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 12))[-6:])
print(list(c.itermonthdays4(2024, 1))[:3])
print([d.isoformat() for d in c.itermonthdates(2024, 3)][:8])
print(c.monthdatescalendar(2024, 2)[0])
print(c.monthdays2calendar(2024, 2)[-1])
print(c.monthdayscalendar(2023, 4))
print(len(c.yeardayscalendar(2024)), len(c.yeardayscalendar(2024, 4)[0]))
print(c.yeardays2calendar(2024, 6)[1][5][-1])
print(c.yeardatescalendar(2024)[0][0][0][0])
c.firstweekday = 9
print(c.firstweekday, c.getfirstweekday())

tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 7))
print(repr(tc.formatweekheader(3)), repr(tc.formatmonthname(2024, 7, 20)))
print(repr(tc.formatday(5, 0, 4)), repr(tc.formatday(0, 0, 3)), repr(tc.formatweekday(2, 10)))
tc.prweek([(1, 0), (2, 1)], 2)
print()
tc.pryear(2025, 2, 1, 3, 2)

hc = calendar.HTMLCalendar(calendar.MONDAY)
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 3, withyear=False))
print(hc.formatyear(2024, 4)[:400])
print(hc.formatyearpage(2024)[:200])
print(hc.formatweekday(0), hc.formatday(0, 3), hc.formatday(12, 5))

print(calendar.timegm((2024, 3, 1, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.timegm(datetime.datetime(2000, 1, 1, 0, 0, 0).timetuple()))
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2))
calendar.format(['x', 'y'], 4, 1)
print(calendar.EPOCH, calendar.error is ValueError)

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e, isinstance(e, ValueError))

attempt(calendar.monthrange, 2024, 13)
attempt(calendar.monthrange, 2024, 0)
attempt(calendar.month, 2024, 14)
attempt(calendar.setfirstweekday, 7)
attempt(calendar.setfirstweekday, -1)
attempt(calendar.weekday, 2024, 2, 30)
attempt(lambda: calendar.month_name[13])
attempt(lambda: calendar.IllegalMonthError(5).month)
