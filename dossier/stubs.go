package dossier

import "errors"

var errTODO = errors.New("dossier: not implemented yet")

func (s *Store) Search(q string, limit int) ([]Hit, error) { return nil, errTODO }
