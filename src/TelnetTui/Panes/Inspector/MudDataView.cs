using System.Globalization;
using TelnetTui.App;
using TelnetTui.Core.Mud;
using TelnetTui.Telnet.Values;
using TelnetTui.Tui;
using TelnetTui.Tui.Widgets;

namespace TelnetTui.Panes.Inspector;

/// <summary>
/// The latest GMCP, MSDP and MSSP data as a tree (GMCP / Char / Vitals / hp: 90), rebuilt when the
/// session stores something new; nodes the user opened stay open.
/// </summary>
public sealed class MudDataView : Widget
{
    /// <summary>Children shown per object or array (the rest are summed up in one row).</summary>
    public const int MaxChildren = 200;

    /// <summary>Deepest nesting shown.</summary>
    public const int MaxDepth = 16;

    private readonly AppState _state;
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);
    private long _version = -1;
    private object? _store;

    public MudDataView(AppState state)
    {
        _state = state;
        Name = "mud-data";
        Tree = Adopt(new TreeView<string> { Name = "mud-tree" });
    }

    public TreeView<string> Tree { get; }

    public override IEnumerable<Widget> Children => [Tree];

    /// <summary>Rebuilds the tree if the session's data changed since the last time.</summary>
    public void Refresh()
    {
        var store = _state.Session?.MudData;
        var version = store?.Version ?? -1;
        if (ReferenceEquals(store, _store) && version == _version)
            return;
        _store = store;
        _version = version;
        Remember(Tree.Roots);
        var selected = Tree.SelectedNode?.Value;
        Tree.Roots.Clear();
        if (store is not null)
        {
            foreach (var protocol in store.Root.Children)
            {
                var node = Build(protocol, protocol.Name, 0);
                node.Expanded = node.Expanded || !_open.Contains("!" + protocol.Name); // protocols start open
                Tree.Roots.Add(node);
            }
        }
        if (selected is not null && Find(Tree.Roots, selected) is { } again)
            Tree.Select(again);
    }

    private void Remember(List<TreeNode<string>> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.Expanded)
            {
                _open.Add(node.Value);
                _open.Remove("!" + node.Value);
            }
            else
            {
                _open.Remove(node.Value);
                if (node.Parent is null)
                    _open.Add("!" + node.Value); // a protocol the user closed stays closed
            }
            Remember(node.Children);
        }
    }

    private static TreeNode<string>? Find(List<TreeNode<string>> nodes, string path)
    {
        foreach (var node in nodes)
        {
            if (node.Value == path)
                return node;
            if (Find(node.Children, path) is { } found)
                return found;
        }
        return null;
    }

    private TreeNode<string> Build(MudDataNode data, string path, int depth)
    {
        var text = data.Name.Length == 0 ? "(unnamed)" : data.Name;
        if (data.Value is { } value)
            text += Summary(value, data);
        var node = new TreeNode<string>(path, text) { Expanded = _open.Contains(path) };
        if (depth >= MaxDepth)
            return node;
        foreach (var child in data.Children)
            node.Add(Build(child, path + "/" + child.Name, depth + 1));
        if (data.Value is { } v)
            AddValue(node, v, path + "=", depth + 1);
        return node;
    }

    private static string Summary(MudValue value, MudDataNode data)
    {
        var when = data.Updated is { } t ? " @" + t.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture) : "";
        var error = data.Error is null ? "" : " (malformed: " + data.Error + ")";
        return value.Kind switch
        {
            MudValueKind.Object => $" {{{value.Members.Count}}}{when}{error}",
            MudValueKind.Array => $" [{value.Items.Count}]{when}{error}",
            _ => " = " + Scalar(value) + when + error,
        };
    }

    private void AddValue(TreeNode<string> parent, MudValue value, string path, int depth)
    {
        if (depth >= MaxDepth)
            return;
        var index = 0;
        if (value.Kind == MudValueKind.Object)
        {
            foreach (var (key, member) in value.Members)
            {
                if (index++ >= MaxChildren)
                {
                    parent.Add(path + "…", $"… {value.Members.Count - MaxChildren} more");
                    break;
                }
                AddMember(parent, key, member, path + "." + key, depth);
            }
        }
        else if (value.Kind == MudValueKind.Array)
        {
            foreach (var item in value.Items)
            {
                if (index >= MaxChildren)
                {
                    parent.Add(path + "…", $"… {value.Items.Count - MaxChildren} more");
                    break;
                }
                AddMember(parent, $"[{index}]", item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", depth);
                index++;
            }
        }
    }

    private void AddMember(TreeNode<string> parent, string name, MudValue value, string path, int depth)
    {
        var text = value.Kind switch
        {
            MudValueKind.Object => $"{name} {{{value.Members.Count}}}",
            MudValueKind.Array => $"{name} [{value.Items.Count}]",
            _ => $"{name}: {Scalar(value)}",
        };
        var node = parent.Add(new TreeNode<string>(path, text) { Expanded = _open.Contains(path) });
        AddValue(node, value, path, depth + 1);
    }

    private static string Scalar(MudValue value) => value.Kind switch
    {
        MudValueKind.String => "\"" + Tui.Text.TextNavigation.SingleLine(value.AsString ?? "") + "\"",
        _ => value.ToJson(),
    };

    protected override void OnRender(Rect area, Buffer buffer)
    {
        Refresh();
        Tree.Render(area, buffer);
        if (Tree.Roots.Count == 0 && area.Height > 0)
            buffer.SetString(area.X + 1, area.Y, Tui.Text.TextFit.Truncate("no GMCP, MSDP or MSSP data yet", area.Width - 1), Theme.Muted, area.Width - 1);
    }
}
