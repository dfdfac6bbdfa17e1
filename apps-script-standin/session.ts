// Session: who is running the script, and in which time zone and locale.
import type { Context } from './context';
import { ServiceObject } from './instrument';

export class User extends ServiceObject {
  readonly serviceName = 'User';
  constructor(readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
}

export class Session extends ServiceObject {
  readonly serviceName = 'Session';
  constructor(readonly ctx: Context) {
    super();
  }
  getActiveUser(): User {
    return new User(this.ctx.userEmail);
  }
  getEffectiveUser(): User {
    return new User(this.ctx.userEmail);
  }
  getScriptTimeZone(): string {
    return this.ctx.workbook.timeZone;
  }
  getActiveUserLocale(): string {
    return 'en_GB';
  }
}
