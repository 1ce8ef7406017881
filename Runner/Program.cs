using SamRL.Runner;

return CommandLine.Build().Parse(args).Invoke();
