// asyncio.Queue, PriorityQueue and LifoQueue, native. The algorithms are Lib/asyncio/queues.py's
// (CPython 3.11): getters and putters wait on futures woken in FIFO order, and a cancelled
// waiter passes its wakeup on. get() and put() return native coroutines, so a message that
// finds the queue ready costs no frame and no future.
#include <cmath>
#include <deque>

#include "runtime/async_runtime.h"
#include "runtime/dict.h"
#include "runtime/event_loop.h"
#include "runtime/exception.h"
#include "runtime/future.h"
#include "runtime/list.h"
#include "runtime/native_coroutine.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/asyncio_internal.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

struct QueueObject : Object {
  enum class Kind : uint8_t { Fifo, Lifo, Priority };
  QueueObject(TypeObject* t, Kind k) : Object(t, ObjKind::Other), kind(k) {}
  void trace(GcVisitor& v) const override {
    for (Value x : items) v.visit(x);
    for (Value x : getters) v.visit(x);
    for (Value x : putters) v.visit(x);
    for (Value x : join_waiters) v.visit(x);
    v.visit(maxsize_value);
    v.visit(loop);
  }
  size_t external_size() const override {
    return (items.size() + getters.size() + putters.size() + join_waiters.size()) * sizeof(Value);
  }

  Kind kind;
  std::deque<Value> items;             // FIFO: front is next; LIFO: back is next; Priority: a heap
  std::deque<Value> getters, putters;  // futures
  std::vector<Value> join_waiters;     // futures of join() (the _finished Event's waiters)
  Value maxsize_value = Value::small_int(0);
  int64_t maxsize = 0;
  int64_t unfinished = 0;
  bool finished = true;        // the _finished Event
  Value loop = Value::none();  // bound on first wait (_LoopBoundMixin)
};

QueueObject* as_queue(Value v) {
  return static_cast<QueueObject*>(v.as_object());
}

bool full(const QueueObject* q) {
  return q->maxsize > 0 && static_cast<int64_t>(q->items.size()) >= q->maxsize;
}

bool repr_queue(VM& vm, QueueObject* q, bool with_id, std::string& out);

// _LoopBoundMixin._get_loop
EventLoopObject* queue_loop(VM& vm, QueueObject* q) {
  Value l = vm.async_runtime()->running_loop;
  if (q->loop.is_none()) q->loop = l;
  if (l != q->loop || !is_event_loop(l)) {
    std::string r;
    if (!repr_queue(vm, q, true, r)) return nullptr;
    vm.raise_fmt(vm.exc.RuntimeError, "{} is bound to a different event loop", r);
    return nullptr;
  }
  return as_event_loop(l);
}

// _wakeup_next: the first waiter not done gets None.
bool wakeup_next(VM& vm, std::deque<Value>& waiters) {
  while (!waiters.empty()) {
    Value w = waiters.front();
    waiters.pop_front();
    FutureObject* f = as_future(w);
    if (f->state == FutureObject::State::Pending) return future_set_result(vm, f, Value::none());
  }
  return true;
}

void remove_waiter(std::deque<Value>& waiters, Value w) {
  for (auto it = waiters.begin(); it != waiters.end(); ++it) {
    if (*it == w) {
      waiters.erase(it);
      return;
    }
  }
}

// heapq's _siftdown / _siftup with `<` as the only comparison, so equal priorities come out
// in CPython's order.
bool heap_less(VM& vm, Value a, Value b, int& out) {
  out = py_compare_bool(vm, a, b, CompareOp::Lt);
  return out >= 0;
}

bool sift_down(VM& vm, std::deque<Value>& heap, size_t startpos, size_t pos) {
  size_t size = heap.size();
  Value newitem = heap[pos];
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    Value parent = heap[parentpos];
    int lt;
    if (!heap_less(vm, newitem, parent, lt)) return false;
    if (heap.size() != size) {
      vm.raise(vm.exc.RuntimeError, "list changed size during iteration");
      return false;
    }
    if (!lt) break;
    heap[pos] = parent;
    pos = parentpos;
  }
  heap[pos] = newitem;
  return true;
}

bool sift_up(VM& vm, std::deque<Value>& heap, size_t pos) {
  size_t endpos = heap.size();
  size_t startpos = pos;
  Value newitem = heap[pos];
  size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    size_t rightpos = childpos + 1;
    if (rightpos < endpos) {
      int lt;
      if (!heap_less(vm, heap[childpos], heap[rightpos], lt)) return false;
      if (heap.size() != endpos) {
        vm.raise(vm.exc.RuntimeError, "list changed size during iteration");
        return false;
      }
      if (!lt) childpos = rightpos;
    }
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  return sift_down(vm, heap, startpos, pos);
}

bool queue_put_item(VM& vm, QueueObject* q, Value item) {
  switch (q->kind) {
    case QueueObject::Kind::Fifo:
    case QueueObject::Kind::Lifo:
      q->items.push_back(item);
      return true;
    case QueueObject::Kind::Priority:
      q->items.push_back(item);
      return sift_down(vm, q->items, 0, q->items.size() - 1);
  }
  return true;
}

Value queue_get_item(VM& vm, QueueObject* q) {
  switch (q->kind) {
    case QueueObject::Kind::Fifo: {
      Value v = q->items.front();
      q->items.pop_front();
      return v;
    }
    case QueueObject::Kind::Lifo: {
      Value v = q->items.back();
      q->items.pop_back();
      return v;
    }
    case QueueObject::Kind::Priority: {
      Value last = q->items.back();
      q->items.pop_back();
      if (q->items.empty()) return last;
      Value result = q->items.front();
      q->items.front() = last;
      if (!sift_up(vm, q->items, 0)) return Value::null();
      return result;
    }
  }
  return Value::none();
}

Value raise_queue_error(VM& vm, const char* name) {
  Value d = vm.async_runtime()->module_dict;
  Value cls = is_dict(d) ? dict_get_str(as_dict(d), vm.intern(name)) : Value::null();
  if (cls.is_null()) return vm.raise_fmt(vm.exc.RuntimeError, "asyncio.{}", name);
  return vm.raise_value(cls);
}

bool put_nowait(VM& vm, QueueObject* q, Value item) {
  if (full(q)) {
    raise_queue_error(vm, "QueueFull");
    return false;
  }
  if (!queue_put_item(vm, q, item)) return false;
  ++q->unfinished;
  q->finished = false;
  return wakeup_next(vm, q->getters);
}

Value get_nowait(VM& vm, QueueObject* q) {
  if (q->items.empty()) return raise_queue_error(vm, "QueueEmpty");
  Value item = queue_get_item(vm, q);
  if (item.is_null()) return item;
  if (!wakeup_next(vm, q->putters)) return Value::null();
  return item;
}

// --- get(), put() and join() as native coroutines ---

struct QueueOpObject : NativeCoroutineObject {
  enum class Op : uint8_t { Get, Put, Join };
  QueueOpObject(TypeObject* t, QueueObject* q, Op o, Value i)
      : NativeCoroutineObject(t), queue(q), op(o), item(i) {}
  void trace(GcVisitor& v) const override {
    v.visit(queue);
    v.visit(item);
    v.visit(waiter);
    v.visit(origin_code);
  }
  const char* name() const override {
    return op == Op::Get ? "Queue.get" : op == Op::Put ? "Queue.put" : "Queue.join";
  }

  // A wait on `waiter` was interrupted by `exc`: the cleanup of queues.py's `except:` clauses.
  Value interrupted(VM& vm, Value exc) {
    FutureObject* w = as_future(waiter);
    future_cancel(vm, w, Value::none());
    if (op == Op::Join) {
      std::erase(queue->join_waiters, waiter);
    } else {
      std::deque<Value>& list = op == Op::Get ? queue->getters : queue->putters;
      remove_waiter(list, waiter);
      bool ready = op == Op::Get ? !queue->items.empty() : !full(queue);
      if (ready && w->state != FutureObject::State::Cancelled && !wakeup_next(vm, list)) {
        return Value::null();
      }
    }
    waiter = Value::none();
    vm.set_error(exc);
    return Value::null();
  }

  Value step(VM& vm, Value, Value exc, bool, bool& returned) override {
    if (!exc.is_null()) {
      if (waiter.is_none()) {
        vm.set_error(exc);
        return Value::null();
      }
      return interrupted(vm, exc);
    }
    if (!waiter.is_none()) {
      FutureObject* w = as_future(waiter);
      if (w->state == FutureObject::State::Pending) {
        return vm.raise(vm.exc.RuntimeError, "await wasn't used with future");
      }
      if (op == Op::Join) std::erase(queue->join_waiters, waiter);
      waiter = Value::none();
    }
    switch (op) {
      case Op::Join:
        // if self._unfinished_tasks > 0: await self._finished.wait()
        if (!joined && queue->unfinished > 0 && !queue->finished) return wait(vm, nullptr);
        returned = true;
        return Value::none();
      case Op::Get:
        if (queue->items.empty()) return wait(vm, &queue->getters);
        returned = true;
        return get_nowait(vm, queue);
      case Op::Put:
        if (full(queue)) return wait(vm, &queue->putters);
        if (!put_nowait(vm, queue, item)) return Value::null();
        returned = true;
        return Value::none();
    }
    return Value::none();
  }

  Value wait(VM& vm, std::deque<Value>* list) {
    EventLoopObject* loop = queue_loop(vm, queue);
    if (!loop) return Value::null();
    FutureObject* f = future_new(vm, loop);
    if (!f) return Value::null();
    waiter = Value::object(f);
    if (list) {
      list->push_back(waiter);
    } else {
      queue->join_waiters.push_back(waiter);
      joined = true;
    }
    f->blocking = true;
    return waiter;
  }

  QueueObject* queue;
  Op op;
  bool joined = false;
  Value item;
  Value waiter = Value::none();
};

Value new_op(VM& vm, QueueObject* q, QueueOpObject::Op op, Value item) {
  auto* c = vm.make<QueueOpObject>(vm.async_runtime()->native_coroutine_type, q, op, item);
  if (!c) return Value::null();
  native_coroutine_created(vm, c);
  return Value::object(c);
}

// --- methods ---

QueueObject::Kind kind_of(VM& vm, TypeObject* t) {
  Value k = dict_get_str(t->dict, vm.intern("_krait_kind"));
  if (k.is_small_int()) return static_cast<QueueObject::Kind>(k.as_small_int());
  return QueueObject::Kind::Fifo;
}

Value queue_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[1];
  static const ClinicSpec spec{"Queue", {"maxsize"}, 0, 0, 1};
  if (!bind_clinic(vm, spec, args + 1, nargs - 1, kwnames, out)) return Value::null();
  TypeObject* t = as_type(args[0]);
  auto* q = vm.make<QueueObject>(t, kind_of(vm, t));
  if (!q) return Value::null();
  if (!out[0].is_null()) {
    q->maxsize_value = out[0];
    int64_t m;
    if (!py_index_int64(vm, out[0], m)) {
      // queues.py compares maxsize with ints; a float works there too. full() is
      // `qsize() >= maxsize` when maxsize > 0: an int beyond int64, a NaN or a float beyond
      // any possible size never fills the queue (0 here), 1.5 fills it at 2 items.
      bool overflow = vm.error_matches(vm.exc.OverflowError);
      vm.clear_error();
      double d = 0;
      if (!overflow && !py_to_double(vm, out[0], d)) return Value::null();
      m = !(d > 0) || d >= 0x1p62 ? 0 : static_cast<int64_t>(std::ceil(d));
    }
    q->maxsize = m;
  }
  return Value::object(q);
}
Value queue_init(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}

Value queue_qsize(VM&, const Value* args, size_t, TupleObject*) {
  return Value::small_int(static_cast<int64_t>(as_queue(args[0])->items.size()));
}
Value queue_empty(VM&, const Value* args, size_t, TupleObject*) {
  return Value::boolean(as_queue(args[0])->items.empty());
}
Value queue_full(VM&, const Value* args, size_t, TupleObject*) {
  return Value::boolean(full(as_queue(args[0])));
}
Value queue_maxsize(VM&, const Value* args, size_t, TupleObject*) {
  return as_queue(args[0])->maxsize_value;
}
Value queue_put_nowait(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "put_nowait() takes exactly one argument");
  if (!put_nowait(vm, as_queue(args[0]), args[1])) return Value::null();
  return Value::none();
}
Value queue_get_nowait(VM& vm, const Value* args, size_t, TupleObject*) {
  return get_nowait(vm, as_queue(args[0]));
}
Value queue_put(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "put() takes exactly one argument");
  return new_op(vm, as_queue(args[0]), QueueOpObject::Op::Put, args[1]);
}
Value queue_get(VM& vm, const Value* args, size_t, TupleObject*) {
  return new_op(vm, as_queue(args[0]), QueueOpObject::Op::Get, Value::none());
}
Value queue_join(VM& vm, const Value* args, size_t, TupleObject*) {
  return new_op(vm, as_queue(args[0]), QueueOpObject::Op::Join, Value::none());
}
Value queue_task_done(VM& vm, const Value* args, size_t, TupleObject*) {
  QueueObject* q = as_queue(args[0]);
  if (q->unfinished <= 0) return vm.raise(vm.exc.ValueError, "task_done() called too many times");
  --q->unfinished;
  if (q->unfinished == 0 && !q->finished) {
    // _finished.set(): every join() waiter not done yet gets True.
    q->finished = true;
    std::vector<Value> waiters = q->join_waiters;
    for (Value w : waiters) {
      FutureObject* f = as_future(w);
      if (f->state == FutureObject::State::Pending && !future_set_result(vm, f, Value::true_())) {
        return Value::null();
      }
    }
  }
  return Value::none();
}
Value queue_items_list(VM& vm, const Value* args, size_t, TupleObject*) {
  QueueObject* q = as_queue(args[0]);
  ListObject* l = vm.new_list(q->items.size());
  if (!l) return Value::null();
  for (Value v : q->items) l->items.push_back(v);
  return Value::object(l);
}
Value queue_unfinished(VM&, const Value* args, size_t, TupleObject*) {
  return Value::small_int(as_queue(args[0])->unfinished);
}
Value queue_getters(VM& vm, const Value* args, size_t, TupleObject*) {
  QueueObject* q = as_queue(args[0]);
  ListObject* l = vm.new_list(q->getters.size());
  if (!l) return Value::null();
  for (Value v : q->getters) l->items.push_back(v);
  return Value::object(l);
}
Value queue_putters(VM& vm, const Value* args, size_t, TupleObject*) {
  QueueObject* q = as_queue(args[0]);
  ListObject* l = vm.new_list(q->putters.size());
  if (!l) return Value::null();
  for (Value v : q->putters) l->items.push_back(v);
  return Value::object(l);
}

bool repr_queue(VM& vm, QueueObject* q, bool with_id, std::string& out) {
  std::string maxsize;
  if (!repr_into(vm, q->maxsize_value, maxsize)) return false;
  std::string result = "maxsize=" + maxsize;
  if (!q->items.empty()) {
    Value args[1] = {Value::object(q)};
    Value l = queue_items_list(vm, args, 1, nullptr);
    std::string r;
    if (l.is_null() || !repr_into(vm, l, r)) return false;
    result += " _queue=" + r;
  }
  if (!q->getters.empty()) result += fmt::format(" _getters[{}]", q->getters.size());
  if (!q->putters.empty()) result += fmt::format(" _putters[{}]", q->putters.size());
  if (q->unfinished) result += fmt::format(" tasks={}", q->unfinished);
  std::string_view name = q->type->name->view();
  if (with_id) {
    out = fmt::format("<{} at {:#x} {}>", name, reinterpret_cast<uintptr_t>(q), result);
  } else {
    out = fmt::format("<{} {}>", name, result);
  }
  return true;
}
Value queue_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  std::string out;
  if (!repr_queue(vm, as_queue(args[0]), true, out)) return Value::null();
  return vm.new_str(out);
}
Value queue_str(VM& vm, const Value* args, size_t, TupleObject*) {
  std::string out;
  if (!repr_queue(vm, as_queue(args[0]), false, out)) return Value::null();
  return vm.new_str(out);
}
Value class_getitem(VM&, const Value* args, size_t, TupleObject*) {
  return args[0];
}

}  // namespace

void init_asyncio_queue(VM& vm, DictObject* d) {
  TypeObject* queue = vm.new_builtin_type("Queue", nullptr, ObjKind::Other);
  vm.add_attr(queue, "__module__", vm.intern_value("asyncio.queues"));
  vm.add_methods(queue, {
                            {"__new__", queue_new, MethodDef::kStatic},
                            {"__init__", queue_init},
                            {"qsize", queue_qsize},
                            {"empty", queue_empty},
                            {"full", queue_full},
                            {"put_nowait", queue_put_nowait},
                            {"get_nowait", queue_get_nowait},
                            {"put", queue_put},
                            {"get", queue_get},
                            {"join", queue_join},
                            {"task_done", queue_task_done},
                            {"__repr__", queue_repr},
                            {"__str__", queue_str},
                            {"__class_getitem__", class_getitem, MethodDef::kClass},
                        });
  vm.add_property(queue, "maxsize", queue_maxsize);
  vm.add_property(queue, "_maxsize", queue_maxsize);
  vm.add_property(queue, "_queue", queue_items_list);
  vm.add_property(queue, "_unfinished_tasks", queue_unfinished);
  vm.add_property(queue, "_getters", queue_getters);
  vm.add_property(queue, "_putters", queue_putters);
  TypeObject* priority = vm.new_builtin_type("PriorityQueue", queue, ObjKind::Other);
  TypeObject* lifo = vm.new_builtin_type("LifoQueue", queue, ObjKind::Other);
  vm.add_attr(priority, "__module__", vm.intern_value("asyncio.queues"));
  vm.add_attr(lifo, "__module__", vm.intern_value("asyncio.queues"));
  vm.add_attr(priority, "_krait_kind",
              Value::small_int(static_cast<int64_t>(QueueObject::Kind::Priority)));
  vm.add_attr(lifo, "_krait_kind", Value::small_int(static_cast<int64_t>(QueueObject::Kind::Lifo)));
  for (TypeObject* t : {queue, priority, lifo}) t->is_basetype = false;
  dict_set_str(vm, d, vm.intern("Queue"), Value::object(queue));
  dict_set_str(vm, d, vm.intern("PriorityQueue"), Value::object(priority));
  dict_set_str(vm, d, vm.intern("LifoQueue"), Value::object(lifo));
}

}  // namespace krait
