// The tests run where the program does its file work: POSIX permissions are part of what they check.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
