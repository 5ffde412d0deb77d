using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// The parent–child tree of one <see cref="ProcessSnapshot"/>: every process of the snapshot is a node, linked to
/// its parent when the parent is in the snapshot too. Built from one enumeration, so every link is between
/// processes that were seen together.
/// </summary>
/// <remarks>
/// A snapshot is not atomic: between two reads a parent may exit and its pid go to a new process that then looks
/// like a child of its own descendant. A parent must have started no later than its child, and a link that would
/// close a loop is refused, so the tree is always a forest and every walk ends.
/// </remarks>
public sealed class ProcessTree
{
    private readonly Dictionary<int, ProcessTreeNode> _nodes;
    private readonly List<ProcessTreeNode> _roots = [];

    internal ProcessTree(ProcessSnapshot snapshot)
    {
        Snapshot = snapshot;
        _nodes = new Dictionary<int, ProcessTreeNode>(snapshot.Count);
        foreach (var process in snapshot) _nodes[process.Pid] = new ProcessTreeNode(process);
        // The snapshot is in pid order, so every child list comes out sorted by pid.
        foreach (var process in snapshot)
        {
            var node = _nodes[process.Pid];
            if (_nodes.TryGetValue(process.ParentPid, out var parent) && parent != node && CanLink(node, parent))
            {
                node.Parent = parent;
                parent.ChildList.Add(node);
            }
            else
            {
                _roots.Add(node);
            }
        }
    }

    /// <summary>Takes a snapshot of <paramref name="fs"/> and builds its tree.</summary>
    public static ProcessTree Build(ProcFs fs) => ProcessSnapshot.Take(fs).Tree;

    /// <summary>The snapshot the tree was built from.</summary>
    public ProcessSnapshot Snapshot { get; }

    /// <summary>Processes without a parent in the snapshot (init, kthreadd), by pid.</summary>
    public IReadOnlyList<ProcessTreeNode> Roots => _roots;

    /// <summary>Every node, by pid.</summary>
    public IEnumerable<ProcessTreeNode> Nodes
    {
        get
        {
            foreach (var process in Snapshot) yield return _nodes[process.Pid];
        }
    }

    /// <summary>The node of <paramref name="pid"/>, or <c>null</c>.</summary>
    public ProcessTreeNode? Node(int pid) => _nodes.GetValueOrDefault(pid);

    /// <summary>The first process (by pid) matching every criterion given; see <see cref="ProcessTreeNode.Find"/>.</summary>
    public ProcessTreeNode? Find(int? pid = null, string? comm = null, string? exeName = null, string? exePath = null)
    {
        if (pid is { } exact)
            return Node(exact) is { } node && IsMatch(node.Process, pid, comm, exeName, exePath) ? node : null;
        foreach (var node in Nodes)
            if (IsMatch(node.Process, pid, comm, exeName, exePath)) return node;
        return null;
    }

    /// <summary>Every process (by pid) matching every criterion given.</summary>
    public List<ProcessTreeNode> FindAll(int? pid = null, string? comm = null, string? exeName = null, string? exePath = null)
    {
        var found = new List<ProcessTreeNode>();
        foreach (var node in Nodes)
            if (IsMatch(node.Process, pid, comm, exeName, exePath)) found.Add(node);
        return found;
    }

    internal static bool IsMatch(ProcessInfo process, int? pid, string? comm, string? exeName, string? exePath)
        => (pid is null || process.Pid == pid)
           && (comm is null || string.Equals(process.Comm, comm, StringComparison.Ordinal))
           // ExeName and ExePath may read exe and cmdline: only when asked.
           && (exeName is null || string.Equals(process.ExeName, exeName, StringComparison.Ordinal))
           && (exePath is null || string.Equals(process.ExePath, exePath, StringComparison.Ordinal));

    // A parent starts no later than its child; with equal start ticks, refuse a link whose parent is already
    // below the child (the only way a loop could form, since links between different ticks always point back in time).
    private static bool CanLink(ProcessTreeNode child, ProcessTreeNode parent)
    {
        if (parent.Process.StartTimeTicks > child.Process.StartTimeTicks) return false;
        if (parent.Process.StartTimeTicks < child.Process.StartTimeTicks) return true;
        for (var node = parent; node is not null; node = node.Parent)
            if (node == child) return false;
        return true;
    }
}
