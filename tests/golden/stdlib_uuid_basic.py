# uuid: parsing, attributes, name-based and random UUIDs, errors.
import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn, u.node, u.time, u.clock_seq)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int, version=4), hash(u) == hash(u.int))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://x"))
r = uuid.uuid4(); print(r.version, r.variant, len(str(r)), uuid.UUID(str(r)) == r)
t = uuid.uuid1(); print(t.version, t.variant, uuid.uuid1() != t)
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: setattr(u, "int", 5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), uuid.SafeUUID.unknown)
