// ScriptApp: only its AuthMode enum is provided; triggers and OAuth tokens are not.
import { ServiceObject } from './instrument';

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
});

export class ScriptApp extends ServiceObject {
  readonly serviceName = 'ScriptApp';
  readonly AuthMode = AuthMode;
}
