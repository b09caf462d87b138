using TelnetTui.Core.Files;
using TelnetTui.Core.Import;
using TelnetTui.Core.Settings;
using TelnetTui.Toml;

namespace TelnetTui.Core.Book;

/// <summary>
/// The connection book (book.toml): the hosts, and the changes the UI makes to them. Every change
/// goes through the file's <see cref="TomlDocument"/>, touching only the fields that changed, so the
/// user's comments, order and formatting survive; it is saved atomically at once. A book file that
/// does not parse is read-only here (changes throw <see cref="ConfigFileException"/>) so it is never
/// overwritten. Not thread-safe: the UI thread owns it (DESIGN.md, "Threads").
/// </summary>
public sealed class ConnectionBook
{
    private readonly ConfigDocumentFile _file;

    public ConnectionBook(ConfigDocumentFile file)
    {
        _file = file;
        if (_file.Document is null && _file.ParseError is null)
            _file.Load();
        Refresh();
    }

    public static ConnectionBook Open(string path, IConfigFileSystem? fileSystem = null) =>
        new(new ConfigDocumentFile(path, fileSystem ?? DiskFileSystem.Instance));

    public string FilePath => _file.Path;

    /// <summary>The parse error that keeps the book from being changed, or null.</summary>
    public TomlException? ParseError => _file.ParseError;

    public IReadOnlyList<HostEntry> Hosts { get; private set; } = [];

    /// <summary>Problems in the file as last read (hosts with errors are left out of <see cref="Hosts"/>).</summary>
    public IReadOnlyList<SettingsDiagnostic> Diagnostics { get; private set; } = [];

    public HostEntry? Find(string id) => Hosts.FirstOrDefault(h => h.Id == id);

    /// <summary>Hosts whose id, name, address, tags or notes contain every word of the query (case-insensitive).</summary>
    public IReadOnlyList<HostEntry> Search(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Hosts.Where(h => words.All(w => Haystack(h).Any(s => s.Contains(w, StringComparison.OrdinalIgnoreCase)))).ToList();
    }

    /// <summary>A free id for a new host named <paramref name="name"/>.</summary>
    public string NewId(string name) => HostIds.FromName(name, IdTaken);

    /// <summary>Adds a host (its id must be free); returns it as saved.</summary>
    public HostEntry Add(HostEntry entry)
    {
        var table = Validated(entry);
        _file.Mutate(doc =>
        {
            if (doc.Contains(HostPath(entry.Id)))
                throw new InvalidOperationException($"a host with id '{entry.Id}' is already in {FilePath}");
            doc.Set(HostPath(entry.Id), table);
        });
        Refresh();
        return Find(entry.Id)!;
    }

    /// <summary>Replaces host <paramref name="id"/> with <paramref name="entry"/> (a new id renames it); only changed fields are written.</summary>
    public HostEntry Update(string id, HostEntry entry)
    {
        var table = Validated(entry);
        _file.Mutate(doc =>
        {
            if (!doc.Contains(HostPath(id)))
                throw new KeyNotFoundException($"no host with id '{id}' in {FilePath}");
            if (entry.Id != id)
            {
                if (doc.Contains(HostPath(entry.Id)))
                    throw new InvalidOperationException($"a host with id '{entry.Id}' is already in {FilePath}");
                doc.Rename(HostPath(id), entry.Id);
            }
            var before = Current(doc, entry.Id);
            DocumentDiff.Apply(doc, HostPath(entry.Id), before is null ? null : HostEntryWriter.ToTable(before), table);
        });
        Refresh();
        return Find(entry.Id)!;
    }

    /// <summary>Removes a host with its sections and the comment lines right above them.</summary>
    public bool Remove(string id)
    {
        var removed = false;
        _file.Mutate(doc => removed = doc.Remove(HostPath(id)));
        Refresh();
        return removed;
    }

    /// <summary>Notes a successful connection: last_connected = <paramref name="when"/> (UTC, whole seconds), times_connected + 1.</summary>
    public HostEntry RecordConnection(string id, DateTimeOffset when)
    {
        _file.Mutate(doc =>
        {
            var current = Current(doc, id) ?? throw new KeyNotFoundException($"no usable host with id '{id}' in {FilePath}");
            var utc = when.ToUniversalTime();
            var seconds = new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            doc.Set(HostPath(id).Append("last_connected"), TomlDateTime.FromDateTimeOffset(seconds));
            doc.Set(HostPath(id).Append("times_connected"), current.TimesConnected + 1L);
        });
        Refresh();
        return Find(id)!;
    }

    /// <summary>Adds imported hosts with fresh ids (from their names) after the existing ones.</summary>
    public ImportSummary Import(SyncTermImport import)
    {
        var added = new List<string>();
        _file.Mutate(doc =>
        {
            foreach (var host in import.Hosts)
            {
                var id = HostIds.FromName(host.Name.Length > 0 ? host.Name : host.Id, candidate => doc.Contains(HostPath(candidate)));
                var entry = host with { Id = id };
                doc.Set(HostPath(id), Validated(entry));
                added.Add(id);
            }
        });
        Refresh();
        return new ImportSummary(added, import.Skipped, import.Notes);
    }

    private bool IdTaken(string id) => _file.Document?.Contains(HostPath(id)) ?? Hosts.Any(h => h.Id == id);

    private static TomlPath HostPath(string id) => TomlPath.Of(BookMapper.HostsKey, id);

    private static IEnumerable<string> Haystack(HostEntry h) => [h.Id, h.Name, h.Host, h.Notes, .. h.Tags];

    private static HostEntry? Current(TomlDocument doc, string id) =>
        doc.Get(HostPath(id)) is TomlTable table
            ? HostEntryMapper.Map(id, new TableReader(table, HostPath(id).ToString(), new DiagnosticBag(doc.FileName)))
            : null;

    /// <summary>The entry's TOML, checked by the same rules as the file; throws with every problem found.</summary>
    private static TomlTable Validated(HostEntry entry)
    {
        var table = HostEntryWriter.ToTable(entry);
        var diagnostics = new DiagnosticBag(null);
        // Round-trip through text so the check sees exactly what will be read back.
        var reread = TomlReader.Read(TomlWriter.Write(new TomlTable { [BookMapper.HostsKey] = new TomlTable { [entry.Id] = table } }));
        var hostTable = (TomlTable)((TomlTable)reread[BookMapper.HostsKey])[entry.Id];
        var mapped = HostEntryMapper.Map(entry.Id, new TableReader(hostTable, HostPath(entry.Id).ToString(), diagnostics));
        if (mapped is null || diagnostics.Items.Count > 0)
            throw new InvalidHostEntryException(diagnostics.Items);
        return table;
    }

    private void Refresh()
    {
        if (_file.Document is { } doc)
        {
            var (hosts, diagnostics) = BookMapper.Map(doc.Root, _file.Path);
            Hosts = hosts;
            Diagnostics = diagnostics;
        }
        else
        {
            Hosts = [];
            Diagnostics = _file.ParseError is { } e ? [SettingsDiagnostic.FromTomlError(e)] : [];
        }
    }
}
