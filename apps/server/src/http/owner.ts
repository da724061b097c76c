import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    ownerId: string;
  }
}

/**
 * Trailmap runs as one local person for now; every row still carries an owner
 * id so accounts can arrive without migrating data (decision 0005).
 */
export const LOCAL_OWNER_ID = 'local';

export function installOwner(app: FastifyInstance): void {
  // The default value of the decorator is the owner: no per-request hook until
  // there are accounts, when authentication will set it from the session.
  app.decorateRequest('ownerId', LOCAL_OWNER_ID);
}

export const ownerOf = (request: FastifyRequest): string => request.ownerId;
