# The lab's probe, run inside a source host's namespace: sends one ICMP echo request to every
# target address and opens one TCP connection to every target that has a port, all at once, then
# waits up to the timeout. Input (stdin, JSON): {"timeout": s, "targets": [{"id", "address", "port"|null}]}.
# Output (stdout, JSON): {id: {"icmp": bool, "tcp": bool|null}}. A TCP connection counts as reached
# when it is accepted or refused (the reset came back); only silence is "blocked".
import errno
import json
import os
import select
import socket
import struct
import sys
import time

req = json.load(sys.stdin)
timeout = float(req["timeout"])
targets = req["targets"]
ident = os.getpid() & 0xFFFF


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    s = (s >> 16) + (s & 0xFFFF)
    s += s >> 16
    return ~s & 0xFFFF


icmp = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
result = {t["id"]: {"icmp": False, "tcp": None} for t in targets}
by_addr = {}
for seq, t in enumerate(targets):
    by_addr.setdefault(t["address"], []).append(t["id"])
    header = struct.pack("!BBHHH", 8, 0, 0, ident, seq)
    payload = b"spbe-netlab"
    packet = struct.pack("!BBHHH", 8, 0, checksum(header + payload), ident, seq) + payload
    icmp.sendto(packet, (t["address"], 0))

pending = {}
for t in targets:
    if t.get("port") is None:
        continue
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setblocking(False)
    result[t["id"]]["tcp"] = False
    code = s.connect_ex((t["address"], int(t["port"])))
    if code in (0, errno.ECONNREFUSED):
        result[t["id"]]["tcp"] = True
        s.close()
    else:
        pending[s.fileno()] = (s, t["id"])

deadline = time.monotonic() + timeout
while time.monotonic() < deadline:
    left = deadline - time.monotonic()
    writers = [p[0] for p in pending.values()]
    readable, writable, _ = select.select([icmp], writers, [], max(0.0, min(left, 0.2)))
    if icmp in readable:
        data, (addr, _) = icmp.recvfrom(2048)
        ihl = (data[0] & 0x0F) * 4
        kind, _, _, rid, _ = struct.unpack("!BBHHH", data[ihl : ihl + 8])
        if kind == 0 and rid == ident:
            for tid in by_addr.get(addr, []):
                result[tid]["icmp"] = True
    for s in writable:
        s_, tid = pending.pop(s.fileno())
        err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        result[tid]["tcp"] = err in (0, errno.ECONNREFUSED)
        s.close()
    done_icmp = all(result[t["id"]]["icmp"] for t in targets)
    if not pending and done_icmp:
        break

print(json.dumps(result))
