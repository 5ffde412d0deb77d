#!/usr/bin/env python3
# Holds sockets open for a capture of /proc/net (see README.md, "Network files"); touches /tmp/netsocks.ready when set.
import socket, time, os
keep=[]
def tcp(fam, addr):
    l=socket.socket(fam, socket.SOCK_STREAM); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR,1); l.bind(addr); l.listen(8); keep.append(l)
    c=socket.socket(fam, socket.SOCK_STREAM); c.connect(l.getsockname()[:2]); keep.append(c)
    s,_=l.accept(); keep.append(s)
    c.send(b'x'*100)   # unread bytes: rx_queue on the server side
    return l,c,s
tcp(socket.AF_INET, ('127.0.0.1', 8631))
tcp(socket.AF_INET6, ('::1', 8632))
# a TIME_WAIT (closing side that closes first) and a CLOSE_WAIT
l,c,s=tcp(socket.AF_INET, ('127.0.0.1', 8633))
c.close(); keep.remove(c)
time.sleep(0.1)
# v4-mapped listener on dual stack
l6=socket.socket(socket.AF_INET6, socket.SOCK_STREAM); l6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0); l6.bind(('::',8634)); l6.listen(1); keep.append(l6)
u=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(('127.0.0.1', 8635)); keep.append(u)
u2=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u2.connect(('127.0.0.1', 8635)); u2.send(b'hello'); keep.append(u2)
u6=socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u6.bind(('::1', 8636)); keep.append(u6)
try:
    ul=socket.socket(socket.AF_INET, socket.SOCK_DGRAM, 136); ul.bind(('127.0.0.1', 8637)); keep.append(ul)
except Exception as e: print('udplite', e)
r=socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP); keep.append(r)
r6=socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6); keep.append(r6)
try:
    p=socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_ICMP); p.bind(('127.0.0.1',0)); keep.append(p)
    p6=socket.socket(socket.AF_INET6, socket.SOCK_DGRAM, socket.IPPROTO_ICMPV6); p6.bind(('::1',0)); keep.append(p6)
except Exception as e: print('ping', e)
x=socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); x.bind('\0procgen-abstract'); x.listen(1); keep.append(x)
try: os.unlink('/tmp/pgcap sock')
except: pass
y=socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET); y.bind('/tmp/pgcap sock'); y.listen(1); keep.append(y)
a,b=socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM); keep += [a,b]
open('/tmp/netsocks.ready','w').write('1')
time.sleep(30)
