# calendar: text calendars, month ranges, leap years, Calendar iterators.
import calendar


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
print(calendar.calendar(2024))
print(calendar.calendar(2021, w=3, l=1, c=4, m=4))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2024), calendar.weekday(2024, 7, 4))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthcalendar(2024, 9), calendar.timegm((2024, 1, 1, 12, 0, 0)))
print(list(calendar.month_name), list(calendar.month_abbr), list(calendar.day_name), list(calendar.day_abbr))
print(calendar.weekheader(2), calendar.weekheader(3), calendar.weekheader(9), calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
show(lambda: calendar.monthrange(2024, 13))
show(lambda: calendar.setfirstweekday(9))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), list(c.itermonthdays(2024, 3))[:10], list(c.itermonthdays2(2024, 3))[:3])
print(list(c.itermonthdates(2024, 3))[:2], list(c.itermonthdays3(2024, 1))[:2], list(c.itermonthdays4(2024, 1))[-2:])
print(c.monthdayscalendar(2024, 3), len(c.yeardatescalendar(2024)), len(c.yeardays2calendar(2024, width=4)))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 5))
print(tc.formatyear(2024, m=2)[:400])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 6), calendar.firstweekday())
calendar.setfirstweekday(0)
calendar.prmonth(2025, 1)
print(str(calendar.IllegalMonthError(0)), str(calendar.IllegalWeekdayError(-1)))
