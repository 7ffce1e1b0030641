# __future__: feature records (the import itself is handled by the compiler).
from __future__ import annotations
import __future__


def f(x: UndefinedName) -> AlsoUndefined:
    return x


print(f.__annotations__, f(3))
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag), repr(feature))
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS, len(__future__.__all__))
