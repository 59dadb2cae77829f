# unittest as tutorials use it: unittest.main() over the module's TestCases, plain and
# IsolatedAsyncioTestCase, class/module fixtures, subTest, skips, expected failures, cleanups.
# The run's duration varies, so the runner writes to a StringIO and the line is masked.
import asyncio
import contextvars
import io
import re
import sys
import unittest

events = []
var = contextvars.ContextVar('var', default='unset')


def setUpModule():
    events.append('setUpModule')


def tearDownModule():
    events.append('tearDownModule')


class Plain(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        self.items = [1, 2]
        self.addCleanup(events.append, 'cleanup ' + self._testMethodName)

    def test_upper(self):
        self.assertEqual('foo'.upper(), 'FOO')

    def test_fail(self):
        self.assertEqual(self.items, [1, 3])

    def test_error(self):
        {}['x']

    @unittest.skip("demonstrating skipping")
    def test_skipped(self):
        self.fail("never")

    @unittest.skipIf(sys.version_info < (3, 0), "old")
    def test_skipif_runs(self):
        self.assertIn(2, self.items)

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0, "broken")

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, r"invalid literal"):
            int('x')
        with self.assertRaisesRegex(ValueError, r"nope"):
            int('y')

    def test_logs(self):
        import logging
        with self.assertLogs('demo', level='INFO') as cm:
            logging.getLogger('demo').info('hello %s', 'there')
            logging.getLogger('demo.sub').error('bad')
        self.assertEqual(cm.output, ['INFO:demo:hello there', 'ERROR:demo.sub:bad'])

    def test_warns(self):
        import warnings
        with self.assertWarns(UserWarning) as cm:
            warnings.warn('careful')
        self.assertEqual(str(cm.warning), 'careful')


class Async(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        var.set('from asyncSetUp')
        self.queue = asyncio.Queue()
        self.addAsyncCleanup(self.drain)

    async def drain(self):
        events.append(f'drained {self.queue.qsize()}')

    def setUp(self):
        events.append('sync setUp sees ' + var.get())

    async def test_context_shared(self):
        self.assertEqual(var.get(), 'from asyncSetUp')
        await self.queue.put(1)

    async def test_gather(self):
        async def double(x):
            await asyncio.sleep(0.001)
            return 2 * x
        self.assertEqual(await asyncio.gather(*(double(i) for i in range(3))), [0, 2, 4])

    async def test_timeout_fails(self):
        with self.assertRaises(TimeoutError):
            await asyncio.wait_for(asyncio.sleep(10), 0.001)
        await asyncio.wait_for(asyncio.sleep(10), 0.001)

    async def test_enter_context(self):
        class CM:
            async def __aenter__(self):
                events.append('aenter')
                return 42
            async def __aexit__(self, *exc):
                events.append('aexit')
        self.assertEqual(await self.enterAsyncContext(CM()), 42)
        with self.assertRaisesRegex(TypeError, 'asynchronous context manager'):
            await self.enterAsyncContext(object())

    async def test_failure_in_coroutine(self):
        await asyncio.sleep(0)
        self.assertTrue(False, 'inside a coroutine')


def own_frames_only(report):
    # The stdlib's frames (asyncio's runner under an async test) are Krait's own business and
    # hidden from its tracebacks (docs/differences.md); the test's frames must match.
    out, skipping = [], False
    for line in report.splitlines():
        if line.startswith('  File "'):
            skipping = __file__ not in line
        elif not line.startswith('    '):
            skipping = False
        if not skipping:
            out.append(line)
    # A traceback left without frames loses its header too (Krait has no frames to show there).
    out = [line for i, line in enumerate(out)
           if not (line.startswith('Traceback') and i + 1 < len(out)
                   and not out[i + 1].startswith('  File'))]
    return '\n'.join(out)


def run(argv=('prog',), **kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    prog = unittest.main(module=__name__, argv=list(argv), exit=False, testRunner=runner, **kwargs)
    print(re.sub(r'Ran (\d+) tests? in \S+s', r'Ran \1 tests in TIME',
                 own_frames_only(stream.getvalue())))
    print('successful:', prog.result.wasSuccessful(), 'run:', prog.result.testsRun)


run()
print(events)

# -k selects by substring.
del events[:]
run(argv=['prog', '-k', 'upper', '-k', 'gather'])
print(events)

# exit=True ends the program with status 1 when a test failed.
stream = io.StringIO()
try:
    unittest.main(argv=['prog', 'Plain.test_fail'], testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as e:
    print('SystemExit', e.code)

# failfast reaches only a runner unittest.main() makes itself: a runner instance keeps its own.
run(argv=['prog', 'Plain'], failfast=True, testLoader=unittest.TestLoader())
