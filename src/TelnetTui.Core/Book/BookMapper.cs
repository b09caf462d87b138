using TelnetTui.Core.Settings;
using TelnetTui.Toml;

namespace TelnetTui.Core.Book;

/// <summary>Maps book.toml's [hosts.ID] tables onto host entries, in file order.</summary>
public static class BookMapper
{
    public const string HostsKey = "hosts";

    /// <summary>Reads the hosts; with <paramref name="reportOtherKeys"/> any other top-level key is a warning.</summary>
    public static (IReadOnlyList<HostEntry> Hosts, IReadOnlyList<SettingsDiagnostic> Diagnostics) Map(TomlTable root, string? file, bool reportOtherKeys = true)
    {
        var diagnostics = new DiagnosticBag(file ?? root.Position?.File);
        var reader = new TableReader(root, "", diagnostics);
        var hosts = new List<HostEntry>();
        var table = reader.Table(HostsKey);
        if (table is not null)
        {
            foreach (var (id, value) in table.Entries())
            {
                if (value is not TomlTable)
                {
                    diagnostics.Error(value, table.PathOf(id), $"expected a host table [hosts.{TomlKeyFormatter.Format(id)}], found {TomlValue.Describe(value.Kind)}");
                    continue;
                }
                if (HostEntryMapper.Map(id, table.Table(id)!) is { } entry)
                    hosts.Add(entry);
            }
        }
        if (reportOtherKeys)
            reader.ReportUnknownKeys();
        return (hosts, diagnostics.InFileOrder());
    }
}
