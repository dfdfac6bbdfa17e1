// Keeping a person's own settings (filters, Navigator draft) in their user properties, in plain words when full.

/**
 * Stores `value` under `key` in the person's user properties. Google caps that store (9 KB a value,
 * 500 KB in all, shared by every add-on the person uses), so when it is full the person hears what was
 * not kept and that nothing else is affected, rather than Apps Script's quota message.
 */
export function keepForPerson(key: string, value: string, what: string): void {
  try {
    PropertiesService.getUserProperties().setProperty(key, value);
  } catch (error) {
    console.error(`Could not keep ${what}: ${error instanceof Error ? error.message : String(error)}`);
    throw new Error(
      `${what} could not be kept for next time: the space Google gives add-ons to remember your settings is full. Everything else still works.`,
    );
  }
}
