"""Heap queue algorithm (a.k.a. priority queue) on plain lists: heap[0] is the
smallest item, and heap[k] <= heap[2*k+1], heap[k] <= heap[2*k+2].

Items are compared with < only.  The sifting follows CPython's algorithm step for
step (bubble the hole to a leaf, then sift the item up), so ties come out in the
same order.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check(heap, name, which="argument 1"):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() {which} must be list, not {type(heap).__name__}")


def _sift_toward_root(heap, startpos, pos):
    """Move heap[pos] up while it is smaller than its parent (stopping at startpos)."""
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _sift_from_root(heap, pos):
    """Refill the hole at pos: move the smaller child up until a leaf, put the old
    heap[pos] there, then sift it back toward pos."""
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, startpos, pos)


def _sift_toward_root_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _sift_from_root_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, startpos, pos)


# The names CPython's pure-Python heapq uses for its helpers (some code calls them).
_siftdown = _sift_toward_root
_siftup = _sift_from_root
_siftdown_max = _sift_toward_root_max
_siftup_max = _sift_from_root_max


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, "heappush")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_from_root(heap, 0)
        return item
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (the heap must not be empty)."""
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_from_root(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (faster than the two calls)."""
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_from_root(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check(heap, "heapify", "argument")
    for i in reversed(range(len(heap) // 2)):
        _sift_from_root(heap, i)


def _heapify_max(heap, /):
    """Transform list into a max-heap, in-place."""
    _check(heap, "_heapify_max", "argument")
    for i in reversed(range(len(heap) // 2)):
        _sift_from_root_max(heap, i)


def _heappop_max(heap, /):
    """Pop the largest item off a max-heap."""
    _check(heap, "_heappop_max", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_from_root_max(heap, 0)
        return item
    return last


def _heapreplace_max(heap, item, /):
    """Pop the largest item of a max-heap, then push item."""
    _check(heap, "_heapreplace_max")
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sift_from_root_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator); equal items come
    from earlier inputs first.  With reverse=True the inputs must be sorted largest first."""
    if reverse:
        return _merge(iterables, key, -1, _heapify_max, _sift_from_root_max, _heapreplace_max, _heappop_max)
    return _merge(iterables, key, 1, heapify, _sift_from_root, heapreplace, heappop)


def _merge(iterables, key, direction, make_heap, sift, replace, pop):
    # Entries are [sort key, tie-breaker, value, next]: the tie-breaker makes entries
    # unique, so values and next methods are never compared.
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append([value if key is None else key(value), order * direction, value, it.__next__])
            break
    make_heap(h)
    while len(h) > 1:
        entry = h[0]
        yield entry[2]
        try:
            value = entry[3]()
        except StopIteration:
            pop(h)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        sift(h, 0)
    if h:
        value, nxt = h[0][2], h[0][3]
        yield value
        while True:
            try:
                value = nxt()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _nbest(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _nbest(n, iterable, key, True)


def _nbest(n, iterable, key, largest):
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        pick = max if largest else min
        result = pick(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    # Keep the n best so far in a heap of [key, order, value] whose root is the worst
    # of them (a max-heap for nsmallest).  order makes earlier items win ties.
    it = iter(iterable)
    if largest:
        best = [[v if key is None else key(v), -i, v] for i, v in zip(range(n), it)]
        if not best:
            return []
        heapify(best)
        order = -n
        for v in it:
            k = v if key is None else key(v)
            if best[0][0] < k:
                heapreplace(best, [k, order, v])
            order -= 1
        best.sort(reverse=True)
    else:
        best = [[v if key is None else key(v), i, v] for i, v in zip(range(n), it)]
        if not best:
            return []
        _heapify_max(best)
        order = n
        for v in it:
            k = v if key is None else key(v)
            if k < best[0][0]:
                _heapreplace_max(best, [k, order, v])
            order += 1
        best.sort()
    return [entry[2] for entry in best]
