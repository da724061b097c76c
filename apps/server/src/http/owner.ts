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
  app.decorateRequest('ownerId', '');
  app.addHook('onRequest', (request, _reply, done) => {
    request.ownerId = LOCAL_OWNER_ID;
    done();
  });
}

export const ownerOf = (request: FastifyRequest): string => request.ownerId;
