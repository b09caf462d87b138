using System.Globalization;
using TelnetTui.Core.Files;
using TelnetTui.Core.Input;
using TelnetTui.Core.Settings;

namespace TelnetTui.Core.Capture;

/// <summary>Default names for captures and logs: FOLDER/HOSTID-yyyyMMdd-HHmmss.ttcap (and .log), in the [logging] folders.</summary>
public static class CaptureFiles
{
    public const string LogExtension = ".log";

    public static string CapturePath(LoggingSettings logging, string hostId, DateTimeOffset time, Func<string, string?>? environment = null) =>
        Path.Combine(AppFolders.Captures(logging.CaptureFolder, environment ?? Environment.GetEnvironmentVariable), FileName(hostId, time) + CaptureFormat.Extension);

    public static string LogPath(LoggingSettings logging, string hostId, DateTimeOffset time, Func<string, string?>? environment = null) =>
        Path.Combine(AppFolders.Logs(logging.LogFolder, environment ?? Environment.GetEnvironmentVariable), FileName(hostId, time) + LogExtension);

    private static string FileName(string hostId, DateTimeOffset time) =>
        InputHistory.SafeFileName(hostId) + "-" + time.ToLocalTime().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
}
