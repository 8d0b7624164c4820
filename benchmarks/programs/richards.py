"""Richards: Martin Richards' operating-system kernel simulation. A priority
scheduler runs an idle task, a worker, two packet handlers and two devices that
pass work packets to each other through linked queues.

Measures method calls on small objects, attribute access, polymorphic dispatch
(one `run` method per task class), None checks and linked-list walking.
SIZE is the idle task's countdown (1000 and 10000 give the
classic queue/hold counts 2322/928 and 23246/9297).
"""
# tern-bench: small=10000,1 default=100000,4

import sys
import time

# Task identifiers, which are also indices into the scheduler's table.
IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
NUM_TASKS = 6

# Packet kinds.
KIND_DEVICE = 0
KIND_WORK = 1

PAYLOAD = 4

# Task state bits.
RUNNING = 0
RUNNABLE = 1
SUSPENDED = 2
HELD = 4
SUSPENDED_RUNNABLE = SUSPENDED | RUNNABLE


class Packet(object):

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * PAYLOAD

    def append_to(self, queue):
        """Put this packet at the end of `queue`; return the queue's head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        nxt = tail.link
        while nxt is not None:
            tail = nxt
            nxt = tail.link
        tail.link = self
        return queue


class Tcb(object):
    """Task control block: scheduling state plus the task body."""

    def __init__(self, link, ident, priority, queue, body):
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.body = body
        if queue is None:
            self.state = SUSPENDED
        else:
            self.state = SUSPENDED_RUNNABLE

    def blocked(self):
        return (self.state & HELD) != 0 or self.state == SUSPENDED

    def step(self, sched):
        if self.state == SUSPENDED_RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            if self.queue is None:
                self.state = RUNNING
            else:
                self.state = RUNNABLE
        else:
            packet = None
        return self.body.run(sched, packet)

    def deliver(self, current, packet):
        """Add `packet` to this task's queue; return the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.state |= RUNNABLE
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleBody(object):

    def __init__(self, seed, count):
        self.seed = seed
        self.count = count

    def run(self, sched, packet):
        self.count -= 1
        if self.count == 0:
            return sched.hold_current()
        if (self.seed & 1) == 0:
            self.seed >>= 1
            return sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return sched.release(DEVICE_B)


class WorkerBody(object):

    def __init__(self):
        self.target = HANDLER_A
        self.letter = 0

    def run(self, sched, packet):
        if packet is None:
            return sched.suspend_current()
        if self.target == HANDLER_A:
            self.target = HANDLER_B
        else:
            self.target = HANDLER_A
        packet.dest = self.target
        packet.datum = 0
        data = packet.data
        for i in range(PAYLOAD):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return sched.send(packet)


class HandlerBody(object):

    def __init__(self):
        self.work = None
        self.devices = None

    def run(self, sched, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            pos = work.datum
            if pos < PAYLOAD:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.datum = work.data[pos]
                    work.datum = pos + 1
                    return sched.send(dev)
            else:
                self.work = work.link
                return sched.send(work)
        return sched.suspend_current()


class DeviceBody(object):

    def __init__(self):
        self.pending = None

    def run(self, sched, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return sched.suspend_current()
            self.pending = None
            sched.checksum = (sched.checksum * 33 + pending.datum) % 1000003
            return sched.send(pending)
        self.pending = packet
        return sched.hold_current()


class Scheduler(object):

    def __init__(self):
        self.table = [None] * NUM_TASKS
        self.tasks = None
        self.current = None
        self.current_id = IDLE
        self.queue_count = 0
        self.hold_count = 0
        self.checksum = 0

    def add(self, ident, priority, queue, body):
        tcb = Tcb(self.tasks, ident, priority, queue, body)
        self.tasks = tcb
        self.table[ident] = tcb
        return tcb

    def release(self, ident):
        tcb = self.table[ident]
        if tcb is None:
            return tcb
        tcb.state &= ~HELD
        if tcb.priority > self.current.priority:
            return tcb
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.state |= HELD
        return self.current.link

    def suspend_current(self):
        self.current.state |= SUSPENDED
        return self.current

    def send(self, packet):
        tcb = self.table[packet.dest]
        if tcb is None:
            return tcb
        self.queue_count += 1
        packet.link = None
        packet.dest = self.current_id
        return tcb.deliver(self.current, packet)

    def run(self):
        tcb = self.tasks
        while tcb is not None:
            if tcb.blocked():
                tcb = tcb.link
            else:
                self.current = tcb
                self.current_id = tcb.ident
                tcb = tcb.step(self)


def run(count):
    sched = Scheduler()
    idle = sched.add(IDLE, 0, None, IdleBody(1, count))
    idle.state = RUNNING

    queue = Packet(None, WORKER, KIND_WORK)
    queue = Packet(queue, WORKER, KIND_WORK)
    sched.add(WORKER, 1000, queue, WorkerBody())

    queue = Packet(None, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    sched.add(HANDLER_A, 2000, queue, HandlerBody())

    queue = Packet(None, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    sched.add(HANDLER_B, 3000, queue, HandlerBody())

    sched.add(DEVICE_A, 4000, None, DeviceBody())
    sched.add(DEVICE_B, 5000, None, DeviceBody())

    sched.run()
    return sched.queue_count, sched.hold_count, sched.checksum


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(count)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    print("queue_count = %d" % result[0])
    print("hold_count = %d" % result[1])
    print("checksum = %d" % result[2])


main()
