using System;
using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>{pid}/fdinfo/{fd}</c> and <c>{pid}/timers</c> of a captured process (<c>linux-6.18.44-extra</c>, pid 21063),
/// and <c>bus/input/devices</c>, which the capture machine has empty, from hand-made blocks.
/// </summary>
public class DescriptorAndTimerTests
{
    private const string Root = "linux-6.18.44-extra";
    private const int Holder = 21063;

    [Fact]
    public void Every_file_has_position_flags_mount_and_inode()
    {
        var info = Fixtures.Fs(Root).Process(Holder).FdInfo(0);

        Assert.Equal((0L, 0x8000u, (int?)24, (ulong?)3), (info.Position, info.Flags, info.MountId, info.Inode));
        Assert.Empty(info.EpollTargets);
        Assert.Empty(info.Locks);
        Assert.Empty(info.Other);
    }

    [Fact]
    public void Epoll_lists_each_target()
    {
        var info = Fixtures.Fs(Root).Process(Holder).FdInfo(3);

        Assert.Equal(0x80002u, info.Flags);  // O_RDWR | O_CLOEXEC
        Assert.Equal(2, info.EpollTargets.Count);
        var edge = info.EpollTargets[0];
        Assert.Equal((5, 0x80000019u, 0x7fa000000005UL, (long?)0, (ulong?)0xccd6, (uint?)0xf), (edge.TargetFd, edge.Events, edge.Data, edge.Position, edge.Inode, edge.Device));
        Assert.Equal((4, 0x19u), (info.EpollTargets[1].TargetFd, info.EpollTargets[1].Events));
    }

    [Fact]
    public void Eventfd_inotify_and_timerfd_lines()
    {
        var process = Fixtures.Fs(Root).Process(Holder);

        var eventfd = process.FdInfo(4);
        Assert.Equal(((ulong?)5, (int?)1, (bool?)false), (eventfd.EventFdCount, eventfd.EventFdId, eventfd.EventFdSemaphore));

        var inotify = process.FdInfo(7);
        Assert.Equal([2, 1], inotify.InotifyWatches.Select(w => w.WatchDescriptor));
        var watch = inotify.InotifyWatches[1];
        Assert.Equal((0xb1e87bUL, 0xfe00000u, 0x300u, 0u, (uint?)8, (int?)1, "7be8b1009a15aa19"),
            (watch.Inode, watch.Device, watch.Mask, watch.IgnoredMask, watch.HandleBytes, watch.HandleType, watch.Handle));

        var timerfd = process.FdInfo(8);
        Assert.Equal(((int?)1, (ulong?)0, (uint?)0), (timerfd.TimerClockId, timerfd.TimerTicks, timerfd.TimerSettimeFlags));
        Assert.Equal(TimeSpan.FromSeconds(30), timerfd.TimerInterval!.Value.Duration);
        Assert.Equal(new Timespec(588, 738243405), timerfd.TimerValue);
        Assert.Equal(TimeSpan.FromTicks(5887382434), timerfd.TimerValue!.Value.Duration);   // 100 ns ticks, rounded down
        Assert.Equal("(588, 738243405)", timerfd.TimerValue.Value.ToString());
    }

    /// <summary>
    /// A signalfd, a pidfd, a locked file and a fanotify group, from their show functions (<c>signalfd_show_fdinfo</c>,
    /// <c>pidfd_show_fdinfo</c>, <c>show_fd_locks</c>, <c>fanotify_show_fdinfo</c>); an old inotify line without a handle.
    /// </summary>
    [Theory]
    [InlineData("pos:\t0\nflags:\t02000002\nmnt_id:\t15\nino:\t1038\nsigmask:\t0000000000000a00\n")]
    [InlineData("pos:\t0\nflags:\t02000002\nmnt_id:\t15\nino:\t1038\nPid:\t4242\nNSpid:\t4242\t1\n")]
    [InlineData("pos:\t0\nflags:\t0100002\nmnt_id:\t27\nino:\t11\nlock:\t1: POSIX  ADVISORY  WRITE 4242 fe:00:11 0 EOF\nlock:\t2: FLOCK  ADVISORY  WRITE 4242 fe:00:11 0 EOF\n")]
    [InlineData("pos:\t0\nflags:\t02\nmnt_id:\t15\nfanotify flags:10 event-flags:0\nfanotify mnt_id:1a mflags:0 mask:3b ignored_mask:0\nfanotify ino:3c570 sdev:fe00000 mflags:0 mask:2 ignored_mask:0 fhandle-bytes:8 fhandle-type:1 f_handle:70c5030000000000\nfanotify sdev:fe00001 mflags:20 mask:40000008 ignored_mask:0\n")]
    [InlineData("pos:\t0\nflags:\t00\nmnt_id:\t15\ninotify wd:1 ino:b1e87b sdev:fe00000 mask:300 ignored_mask:0 \n")]
    public void Other_descriptor_kinds(string text)
    {
        var info = ProcessFdInfo.Parse(Fixtures.Bytes(text));

        if (text.Contains("sigmask")) Assert.Equal(0xa00UL, info.SignalMask);
        if (text.Contains("Pid")) Assert.Equal((4242, "4242\t1"), (info.PidFdPid!.Value, info.PidFdNamespacePids));
        if (text.Contains("lock"))
        {
            Assert.Equal([(1L, FileLockKind.Posix), (2L, FileLockKind.Flock)], info.Locks.Select(l => (l.Id, l.Kind)));
            Assert.All(info.Locks, l => Assert.Equal((4242, FileLockAccess.Write, 0L, (long?)null), (l.Pid, l.Access, l.Start, l.End)));
        }
        if (text.Contains("fanotify"))
        {
            Assert.Equal((0x10u, 0u), (info.FanotifyGroup!.Flags, info.FanotifyGroup.EventFlags));
            var mount = Assert.Single(info.FanotifyMountMarks);
            Assert.Equal((0x1a, 0u, 0x3bUL, 0UL), (mount.MountId, mount.MarkFlags, mount.Mask, mount.IgnoredMask));
            var inode = Assert.Single(info.FanotifyInodeMarks);
            Assert.Equal((0x3c570UL, 0xfe00000u, 2UL, (uint?)8, (int?)1, "70c5030000000000"),
                (inode.Inode, inode.Device, inode.Mask, inode.HandleBytes, inode.HandleType, inode.Handle));
            var filesystem = Assert.Single(info.FanotifySuperblockMarks);
            Assert.Equal((0xfe00001u, 0x20u, 0x40000008UL), (filesystem.Device, filesystem.MarkFlags, filesystem.Mask));
            Assert.Null(info.Inode);
        }
        if (text.Contains("inotify")) Assert.Null(Assert.Single(info.InotifyWatches).HandleBytes);
        Assert.Empty(info.Other);
    }

    [Theory]
    [InlineData("pos:\t0\nflags:\t0900\n", 2, 8, "an octal integer (uint) for Flags")]
    [InlineData("pos:\t0\nflags:\t00\ntfd:        5 events: 19 data: zz  pos:0 ino:1 sdev:2\n", 3, 32, "Data")]
    [InlineData("pos:\t0\nflags:\t00\ninotify wd:1 ino:b1e87b dev:fe00000 mask:300 ignored_mask:0\n", 3, 25, "after 'sdev:'")]
    [InlineData("flags:\t00\n", 2, 1, "'pos'")]
    [InlineData("pos:\t0\nflags:\t02\nfanotify mnt_id:1a mflags:0 mask:3g ignored_mask:0\n", 3, 34, "Mask")]
    [InlineData("pos:\t0\nflags:\t02\nfanotify flags:10 events:0\n", 3, 19, "'event-flags:'")]
    [InlineData("pos:\t0\nflags:\t02\nlock:\t1: POSIX  ADVISORY  WRITE pid fe:00:11 0 EOF\n", 3, 33, "Pid")]
    public void Malformed_fdinfo(string text, int line, int column, string expected)
        => ParseAssert.Fails(u => ProcessFdInfo.Parse(u), text, line, column, expected);

    [Fact]
    public void Timers_are_cut_at_each_id_line()
    {
        var timers = Fixtures.Fs(Root).Process(Holder).Timers();

        Assert.Equal(2, timers.Count);
        Assert.Equal((1, 14, 0UL, 0), (timers[0].Id, timers[0].Signal.Number, timers[0].Signal.Value, timers[0].ClockId));
        Assert.Equal((TimerNotifyKind.Signal, TimerNotifyScope.Process, 21063), (timers[0].Notify.Kind, timers[0].Notify.Target.Scope, timers[0].Notify.Target.Id));
        Assert.Equal("signal/pid.21063", timers[0].Notify.ToString());
        Assert.Equal((0, 1), (timers[1].Id, timers[1].ClockId));
    }

    [Fact]
    public void A_thread_targeted_timer_with_a_pointer_value()
    {
        var timer = Assert.Single(ProcessTimer.ParseTable(Fixtures.Bytes("ID: 7\nsignal: 34/00007ffd1c2a3b40\nnotify: thread/tid.4243\nClockID: -6\n")));

        Assert.Equal((7, 34, 0x7ffd1c2a3b40UL, -6), (timer.Id, timer.Signal.Number, timer.Signal.Value, timer.ClockId));
        Assert.Equal((TimerNotifyKind.Thread, TimerNotifyScope.Thread, 4243), (timer.Notify.Kind, timer.Notify.Target.Scope, timer.Notify.Target.Id));
        Assert.Equal("thread/tid.4243", timer.Notify.ToString());
    }

    [Theory]
    [InlineData("ID: 1\nsignal: 14\nnotify: signal/pid.1\nClockID: 0\n", 2, 11, "Value")]
    [InlineData("ID: 1\nsignal: 14/0\nnotify: signal/pid.1\nID: 2\n", 3, 21, "'ClockID'")]
    [InlineData("ID: 1\nsignal: 14/0\nnotify: sigqueue/pid.1\nClockID: 0\n", 3, 9, "'signal', 'none', 'thread'")]
    [InlineData("ID: 1\nsignal: 14/0\nnotify: signal/pgid.1\nClockID: 0\n", 3, 16, "'pid', 'tid'")]
    [InlineData("ID: 1\nsignal: 14/0\nnotify: signal/pid.x\nClockID: 0\n", 3, 20, "Id")]
    public void Malformed_timers(string text, int line, int column, string expected)
        => ParseAssert.Fails(u => ProcessTimer.ParseTable(u), text, line, column, expected);

    /// <summary>Two devices as <c>input_devices_seq_show</c> prints them: a power button and a USB mouse.</summary>
    public const string InputDevices =
        "I: Bus=0019 Vendor=0000 Product=0001 Version=0000\nN: Name=\"Power Button\"\nP: Phys=LNXPWRBN/button/input0\n" +
        "S: Sysfs=/devices/LNXSYSTM:00/LNXPWRBN:00/input/input0\nU: Uniq=\nH: Handlers=kbd event0 \nB: PROP=0\nB: EV=3\nB: KEY=10000000000000 0\n\n" +
        "I: Bus=0003 Vendor=046d Product=c077 Version=0111\nN: Name=\"Logitech \"USB\" Optical Mouse\"\nP: Phys=usb-0000:00:14.0-2/input0\n" +
        "S: Sysfs=/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/0003:046D:C077.0001/input/input7\nU: Uniq=\nH: Handlers=mouse0 event7 \n" +
        "B: PROP=0\nB: EV=17\nB: KEY=1f0000 0 0 0 0\nB: REL=903\nB: MSC=10\n\n";

    [Fact]
    public void Input_devices_have_ids_names_handlers_and_bitmaps()
    {
        var devices = InputDevice.ParseTable(Fixtures.Bytes(InputDevices));

        Assert.Equal(2, devices.Count);
        var button = devices[0];
        Assert.Equal(((ushort)0x19, (ushort)0, (ushort)1, (ushort)0), (button.Id.Bus, button.Id.Vendor, button.Id.Product, button.Id.Version));
        Assert.Equal(("Power Button", "LNXPWRBN/button/input0", ""), (button.Name.Text, button.Phys, button.Uniq));
        Assert.Equal(["kbd", "event0"], button.Handlers);
        Assert.True(button.Properties!.IsEmpty);
        Assert.Equal([0, 1], button.EventTypes.SetBits);
        Assert.Equal(InputEventTypes.Synchronization | InputEventTypes.Key, button.SupportedEventTypes);
        Assert.Equal([116], button.Keys!.SetBits);                     // KEY_POWER: bit 52 of the second word
        Assert.Equal("10000000000000 0", button.Keys.ToString());       // printed back as the kernel did
        Assert.Null(button.RelativeAxes);

        var mouse = devices[1];
        Assert.Equal(((ushort)3, (ushort)0x046d, (ushort)0xc077, (ushort)0x111), (mouse.Id.Bus, mouse.Id.Vendor, mouse.Id.Product, mouse.Id.Version));
        Assert.Equal("Logitech \"USB\" Optical Mouse", mouse.Name.Text);
        Assert.EndsWith("/input/input7", mouse.Sysfs);
        Assert.Equal(InputEventTypes.Synchronization | InputEventTypes.Key | InputEventTypes.Relative | InputEventTypes.Miscellaneous, mouse.SupportedEventTypes);
        Assert.Equal([272, 273, 274, 275, 276], mouse.Keys!.SetBits);  // BTN_LEFT … BTN_EXTRA in the fifth word
        Assert.Equal([0, 1, 8, 11], mouse.RelativeAxes!.SetBits);      // REL_X, REL_Y, REL_WHEEL, REL_WHEEL_HI_RES
        Assert.True(mouse.Miscellaneous!.IsSet(4));                    // MSC_SCAN
        Assert.False(mouse.Miscellaneous.IsSet(400));
        Assert.Empty(mouse.Other);
    }

    [Theory]
    [InlineData("I: Bus=0019 Vendor=0000 Product=0001\nN: Name=\"x\"\nP: Phys=\nS: Sysfs=/a\nU: Uniq=\nH: Handlers=\nB: EV=3\n", 1, 37, "Version")]
    [InlineData("I: Bus=0019 Vendor=0000 Product=0001 Version=0000\nN: Name=x\nP: Phys=\nS: Sysfs=/a\nU: Uniq=\nH: Handlers=\nB: EV=3\n", 2, 9, "'\"'")]
    [InlineData("I: Bus=0019 Vendor=0000 Product=0001 Version=0000\nN: Name=\"x\"\nP: Phys=\nS: Sysfs=/a\nU: Uniq=\nH: Handlers=\n", 6, 13, "'B: EV'")]
    [InlineData("I: Bus=0019 Vendor=0000 Product=0001 Version=0000\nN: Name=\"x\"\nP: Phys=\nS: Sysfs=/a\nU: Uniq=\nH: Handlers=\nB: EV=3g\n", 7, 7, "InputBitmap")]
    [InlineData("I: Bus=0019 Vendor=0000 Product=0001 Version=0000\nN: Name=\"x\"\nP: Phys=\nS: Sysfs=/a\nU: Uniq=\nH: Handlers=\nB: EV=3\nB: KEY=10000000000000000 0\n", 8, 8, "InputBitmap")] // 17 digits: more than a long
    public void Malformed_input_devices(string text, int line, int column, string expected)
        => ParseAssert.Fails(u => InputDevice.ParseTable(u), text, line, column, expected);
}
