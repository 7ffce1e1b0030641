"""The abstract base classes of collections.abc, under the private name the standard library uses."""
import collections.abc as _abc

globals().update({k: v for k, v in vars(_abc).items() if not k.startswith('__')})
__all__ = _abc.__all__
del _abc
