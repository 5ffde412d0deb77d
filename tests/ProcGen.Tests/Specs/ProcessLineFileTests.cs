using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>The one-line per-process files added with the row formats: syscall, autogroup, schedstat, children; and the fd/ and task/ listings.</summary>
public class ProcessLineFileTests
{
    private const int Sleeper = 31138;

    private static ProcessDirectory Sleep => Fixtures.Fs().Process(Sleeper);

    [Fact]
    public void Syscall_from_fixture_blocked_in_clock_nanosleep()
    {
        var call = Sleep.Syscall();

        Assert.Equal(230, call.Number); // clock_nanosleep on x86-64
        Assert.False(call.IsRunning);
        Assert.Equal(new ulong[] { 0, 0, 0x7ffdec9ce510, 0x7ffdec9ce550, 0, 0 }, call.Arguments.ToArray());
        Assert.Equal(0x7ffdec9ce4f8UL, call.StackPointer);
        Assert.Equal(0x7f18bb6c8503UL, call.ProgramCounter);
    }

    [Fact]
    public void Syscall_running_and_blocked_outside_a_call()
    {
        var running = ProcessSyscall.Parse(Fixtures.Bytes("running\n"));
        Assert.True(running.IsRunning);
        Assert.Empty(running.Values);
        Assert.Null(running.StackPointer);

        var outside = ProcessSyscall.Parse(Fixtures.Bytes("-1 0x7ffc0000 0x401000\n"));
        Assert.Equal(-1, outside.Number);
        Assert.True(outside.Arguments.IsEmpty);
        Assert.Equal((0x7ffc0000UL, 0x401000UL), (outside.StackPointer!.Value, outside.ProgramCounter!.Value));
    }

    [Fact]
    public void Syscall_bad_argument_is_located()
        => ParseAssert.Fails(u => ProcessSyscall.Parse(u), "230 0x0 0xzz 0x1\n", line: 1, column: 9, mentions: "Values");

    [Fact]
    public void Autogroup_and_schedstat_from_fixture()
    {
        Assert.Equal(new ProcessAutogroup { Name = "/autogroup-6", Nice = 0 }, Sleep.Autogroup());
        // A kernel thread is in no autogroup: the kernel prints nothing.
        var none = Fixtures.Fs().Process(2).Autogroup();
        Assert.Equal((null, null, false), (none.Name, none.Nice, none.IsInAutogroup));
        Assert.Equal(new ProcessSchedstat { RunTimeNanoseconds = 8229491, WaitTimeNanoseconds = 3023378, Timeslices = 2 }, Sleep.Schedstat());
    }

    [Fact]
    public void Children_empty_and_listed()
    {
        Assert.Empty(Sleep.ThreadChildren(Sleeper).Pids);
        Assert.Equal(new[] { 31140, 31141 }, ThreadChildren.Parse(Fixtures.Bytes("31140 31141 ")).Pids);
    }

    [Fact]
    public void Children_path_resolves_through_the_catalog()
    {
        var file = Catalog.Find($"{Sleeper}/task/{Sleeper}/children");
        Assert.Equal(typeof(ThreadChildren), file?.RecordType);
        Assert.Equal(typeof(ProcessStat), Catalog.Find($"{Sleeper}/task/{Sleeper}/stat")?.RecordType);
    }

    [Fact]
    public void File_descriptor_and_thread_listings()
    {
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 10, 251 }, Sleep.EnumerateFileDescriptors().Order());
        Assert.Equal("/tmp/pgcap/notes.txt", Sleep.Fd(3).Target);
        var thread = Assert.Single(Sleep.EnumerateThreads());
        Assert.Equal($"{Sleeper}/task/{Sleeper}", thread.RelativePath);
        Assert.Equal(Sleeper, thread.Stat().Pid);
        Assert.Empty(Fixtures.Fs().Process(1).EnumerateFileDescriptors());
    }
}
