# unittest's assert methods: every failure message (type-specific assertEqual diffs, maxDiff
# truncation, longMessage), run by a TextTestRunner writing to a StringIO.
import io
import unittest
import warnings


class Asserts(unittest.TestCase):
    def test_equal_int(self): self.assertEqual(1, 2)
    def test_equal_msg(self): self.assertEqual(1, 2, "custom")
    def test_equal_str(self): self.assertEqual("hello", "hallo")
    def test_equal_multiline(self): self.assertEqual("a\nb\nc\n", "a\nB\nc\n")
    def test_equal_list(self): self.assertEqual([1, 2, 3], [1, 2, 3, 4])
    def test_equal_list2(self): self.assertEqual([1, 2, 3, 4], [1, 2])
    def test_equal_tuple(self): self.assertEqual((1, 'a'), (1, 'b'))
    def test_equal_dict(self): self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
    def test_equal_set(self): self.assertEqual({1, 2}, {2, 3})
    def test_equal_frozenset(self): self.assertEqual(frozenset('ab'), frozenset('a'))
    def test_equal_long(self): self.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b')
    def test_equal_long_lists(self): self.assertEqual(['x' * 50, 1], ['x' * 50, 2])
    def test_equal_biglist(self): self.assertEqual(list(range(100)), list(range(1, 101)))
    def test_equal_biglist_nomax(self):
        self.maxDiff = None
        self.assertEqual(list(range(30)), list(range(1, 31)))
    def test_equal_mixed_types(self): self.assertEqual([1], (1,))
    def test_equal_ok(self):
        self.assertEqual([1, 2], [1, 2])
        self.assertEqual(1, 1.0)
        self.assertSequenceEqual([1, 2], (1, 2))
    def test_seq(self): self.assertSequenceEqual([1, 2], (1, 3))
    def test_seq_type(self): self.assertSequenceEqual([1], [2], seq_type=tuple)
    def test_notequal(self): self.assertNotEqual(3, 3)
    def test_true(self): self.assertTrue(0)
    def test_false(self): self.assertFalse([1])
    def test_is(self): self.assertIs(1, None)
    def test_isnot(self): self.assertIsNot(None, None)
    def test_isnone(self): self.assertIsNone(5)
    def test_isnotnone(self): self.assertIsNotNone(None)
    def test_in(self): self.assertIn(4, [1, 2, 3])
    def test_notin(self): self.assertNotIn(2, [1, 2, 3])
    def test_isinstance(self): self.assertIsInstance(1, str)
    def test_notisinstance(self): self.assertNotIsInstance(1, int)
    def test_raises_none(self):
        with self.assertRaises(ValueError):
            pass
    def test_raises_callable(self):
        self.assertRaises(ValueError, int, '5')
    def test_raises_tuple(self):
        with self.assertRaises((KeyError, IndexError)):
            pass
    def test_raises_ok(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), 'division by zero')
        self.assertIsNone(cm.exception.__traceback__)
        self.assertRaises(ValueError, int, 'x')
        with self.assertRaises(LookupError):
            [][1]
    def test_raises_other(self):
        with self.assertRaises(ValueError):
            raise KeyError('k')
    def test_raises_msg(self):
        with self.assertRaises(ValueError, msg='oops'):
            pass
    def test_warns(self):
        with self.assertWarns(UserWarning) as cm:
            warnings.warn('careful', UserWarning)
        self.assertEqual(str(cm.warning), 'careful')
        self.assertEqual(cm.lineno, 59)
        with self.assertWarns(DeprecationWarning):
            pass
    def test_warns_callable(self):
        self.assertWarns(UserWarning, print, end='')
    def test_almost(self): self.assertAlmostEqual(1.0, 1.1)
    def test_almost_ok(self):
        self.assertAlmostEqual(1.0, 1.00000001)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertAlmostEqual(1.0, 1.001, places=2)
        self.assertNotAlmostEqual(1.0, 1.1)
    def test_almost_places(self): self.assertAlmostEqual(1.0, 1.01, places=3)
    def test_almost_delta(self): self.assertAlmostEqual(10, 12, delta=1)
    def test_notalmost(self): self.assertNotAlmostEqual(1.0, 1.00000001)
    def test_notalmost_equal(self): self.assertNotAlmostEqual(2, 2)
    def test_notalmost_delta(self): self.assertNotAlmostEqual(1.0, 1.5, delta=1)
    def test_greater(self): self.assertGreater(1, 2)
    def test_greaterequal(self): self.assertGreaterEqual(1, 2)
    def test_less(self): self.assertLess(2, 1)
    def test_lessequal(self): self.assertLessEqual(2, 1)
    def test_count(self): self.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 1])
    def test_count_unhashable(self): self.assertCountEqual([[1], [2]], [[1], [1]])
    def test_count_ok(self): self.assertCountEqual('abc', 'cab')
    def test_fail(self): self.fail('explicit failure')
    def test_fail_none(self): self.fail()
    def test_helper(self):
        def check(x):
            self.assertEqual(x, 0)
        check(1)
    def test_longmessage_off(self):
        self.longMessage = False
        self.assertEqual(1, 2, 'only this')
    def test_longmessage_off_nomsg(self):
        self.longMessage = False
        self.assertIn(1, [], None)
    def test_dict_types(self): self.assertDictEqual([], {})
    def test_multiline_types(self): self.assertMultiLineEqual(1, 'a')
    def test_set_types(self): self.assertSetEqual({1}, [1])
    def test_list_types(self): self.assertListEqual((1,), [1])
    def test_nested(self):
        self.assertEqual({'a': [1, 2, {'x': 'y' * 10}]}, {'a': [1, 2, {'x': 'y' * 11}]})
    def test_big_dict(self):
        self.assertEqual({i: str(i) * 5 for i in range(30)}, {i: str(i) * 5 for i in range(1, 31)})
    def test_logs(self):
        import logging
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first message')
            logging.getLogger('foo.bar').error('second message')
            logging.getLogger('foo').debug('not seen')
        self.assertEqual(cm.output, ['INFO:foo:first message', 'ERROR:foo.bar:second message'])
        self.assertEqual([r.getMessage() for r in cm.records], ['first message', 'second message'])
        with self.assertNoLogs('foo', level='ERROR'):
            logging.getLogger('foo').warning('below ERROR')
        for no_logs in (False, True):
            try:
                with (self.assertNoLogs if no_logs else self.assertLogs)('quiet', 'WARNING'):
                    logging.getLogger('quiet').error('loud')
            except AssertionError as e:
                print('assertLogs:', e)
            else:
                print('assertLogs: passed')
    def test_deprecated_alias(self):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            self.assertEquals(1, 1)
            self.failUnless(True)
        print([(str(m.message), m.category.__name__) for m in w])
    def test_dict_subset(self):
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            self.assertDictContainsSubset({'a': 1, 'c': 2}, {'a': 2})
    def test_custom_equality(self):
        class Point:
            def __init__(self, x): self.x = x
        def point_equal(a, b, msg=None):
            if a.x != b.x:
                raise self.failureException(msg or 'points differ: %d != %d' % (a.x, b.x))
        self.addTypeEqualityFunc(Point, point_equal)
        self.assertEqual(Point(1), Point(1))
        self.assertEqual(Point(1), Point(2))


class CustomFailure(unittest.TestCase):
    failureException = ValueError

    def test_fails_as_failure(self):
        self.assertTrue(False, 'custom exception type')

    def test_assertion_is_error(self):
        assert False, 'plain assert'


def run(case):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(case))
    for line in stream.getvalue().splitlines():
        if line.startswith('Ran '):
            line = line[:line.index(' in ')]
        print(line)
    print(result)


run(Asserts)
run(CustomFailure)
